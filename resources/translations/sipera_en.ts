<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AllRecordsTab</name>
    <message>
        <source>NIK di desa lain (kasus)</source>
        <translation>NIK in another village (case)</translation>
    </message>
    <message>
        <source>Kemungkinan ganda</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Umur di luar batas</source>
        <translation>Age outside the limits</translation>
    </message>
    <message>
        <source>Kode wilayah NIK tidak dikenal</source>
        <translation>Unknown NIK region code</translation>
    </message>
    <message>
        <source>Nomor HP tidak sah</source>
        <translation>Invalid mobile number</translation>
    </message>
    <message>
        <source>DBHCHT bukan sektor tembakau</source>
        <translation>DBHCHT outside the tobacco sector</translation>
    </message>
    <message>
        <source>Cari NIK, nama, alamat... (Ctrl+F)</source>
        <translation>Search NIK, name, address... (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All sub-districts</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Ada peringatan</source>
        <translation>Has warnings</translation>
    </message>
    <message>
        <source>Semua verifikasi</source>
        <translation>All verification</translation>
    </message>
    <message>
        <source>Semua masalah</source>
        <translation>All problems</translation>
    </message>
    <message>
        <source>Terima</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Tolak...</source>
        <translation>Reject...</translation>
    </message>
    <message>
        <source>Perlu Perbaikan...</source>
        <translation>Needs Correction...</translation>
    </message>
    <message>
        <source>Verifikasi: data yang dipilih diterima</source>
        <translation>Verification: accept the selected records</translation>
    </message>
    <message>
        <source>Semua desa/kelurahan</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>{shown} ditampilkan · {records} data · {persons} orang (NIK)</source>
        <translation>{shown} shown · {records} records · {persons} persons (NIK)</translation>
    </message>
    <message>
        <source>Alasan ditolak</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Yang perlu diperbaiki</source>
        <translation>What needs correcting</translation>
    </message>
    <message>
        <source>Pilih dari daftar atau tulis sendiri:</source>
        <translation>Choose from the list or write your own:</translation>
    </message>
    <message>
        <source>Verifikasi tidak disimpan</source>
        <translation>Verification not saved</translation>
    </message>
    <message>
        <source>{n} data diubah status verifikasinya.</source>
        <translation>Verification status changed for {n} records.</translation>
    </message>
</context>
<context>
    <name>AnggaranDialog</name>
    <message>
        <source>Anggaran dan Rekap</source>
        <translation>Budget and Recaps</translation>
    </message>
    <message>
        <source>Peserta dan iuran per sumber dana dan periode (kode iuran terbit)</source>
        <translation>Participants and contributions per funding source and period (issued payment batches)</translation>
    </message>
    <message>
        <source>Sumber Dana</source>
        <translation>Funding Source</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Bulan-Orang</source>
        <translation>Person-Months</translation>
    </message>
    <message>
        <source>Jumlah Iuran</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Pagu per sumber dana dan sisanya</source>
        <translation>Allocation per funding source and what remains</translation>
    </message>
    <message>
        <source>Pagu</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Terpakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Kode iuran hanya untuk NIK yang padan Dukcapil</source>
        <translation>Payment batches only for NIKs matched by Dukcapil (padan)</translation>
    </message>
    <message>
        <source>Ubah Pagu...</source>
        <translation>Change Allocation...</translation>
    </message>
    <message>
        <source>Tulis Rekap (Excel + PDF)...</source>
        <translation>Write Recaps (Excel + PDF)...</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ubah Pagu</source>
        <translation>Change Allocation</translation>
    </message>
    <message>
        <source>Sumber dana:</source>
        <translation>Funding source:</translation>
    </message>
    <message>
        <source>Pagu (Rp):</source>
        <translation>Allocation (Rp):</translation>
    </message>
    <message>
        <source>Simpan rekap ke folder</source>
        <translation>Save the recaps to a folder</translation>
    </message>
    <message>
        <source>Menulis rekap...</source>
        <translation>Writing the recaps...</translation>
    </message>
    <message>
        <source>Rekap disimpan: {files}</source>
        <translation>Recaps saved: {files}</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>SIPERA</source>
        <translation>SIPERA</translation>
    </message>
    <message>
        <source>Dibatalkan. Tidak ada yang diubah.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga ({name}). Data yang sudah tersimpan tetap aman; ulangi langkah terakhir atau tutup lalu buka kembali SIPERA.</source>
        <translation>An unexpected error occurred ({name}). Data already saved is safe; repeat the last step or close and reopen SIPERA.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Cadangkan data...</source>
        <translation>Back up data...</translation>
    </message>
    <message>
        <source>Simpan salinan database ke folder cadangan atau ke flashdisk</source>
        <translation>Save a copy of the database to the backups folder or to a flash drive</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan...</source>
        <translation>Restore from a backup...</translation>
    </message>
    <message>
        <source>Ganti data sekarang dengan data dari sebuah cadangan</source>
        <translation>Replace the current data with the data of a backup</translation>
    </message>
    <message>
        <source>Pilih folder untuk cadangan (misalnya flashdisk)</source>
        <translation>Choose a folder for the backup (for example a flash drive)</translation>
    </message>
    <message>
        <source>Cadangan tidak dibuat</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <source>Membuat cadangan...</source>
        <translation>Making the backup...</translation>
    </message>
    <message>
        <source>Cadangan data dibuat ({size}):
{path}</source>
        <translation>Backup made ({size}):
{path}</translation>
    </message>
    <message>
        <source>Folder ini ada di laptop ini saja. Agar data tetap aman bila laptop rusak atau hilang, buat juga cadangan ke flashdisk dan simpan flashdisknya di tempat lain.</source>
        <translation>This folder is on this laptop only. To keep the data safe if the laptop breaks or is lost, also make a backup to a flash drive and keep the flash drive somewhere else.</translation>
    </message>
    <message>
        <source>Simpan flashdisk atau folder ini di tempat yang aman.</source>
        <translation>Keep this flash drive or folder in a safe place.</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Cadangan SIPERA (*.sqlite);;Semua berkas (*)</source>
        <translation>SIPERA backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Otomatis, harian</source>
        <translation>Automatic, daily</translation>
    </message>
    <message>
        <source>Otomatis, sebelum impor</source>
        <translation>Automatic, before an import</translation>
    </message>
    <message>
        <source>Dibuat operator</source>
        <translation>Made by the operator</translation>
    </message>
    <message>
        <source>Otomatis, sebelum pemulihan</source>
        <translation>Automatic, before a restore</translation>
    </message>
    <message>
        <source>Otomatis, sebelum pembaruan SIPERA</source>
        <translation>Automatic, before a SIPERA update</translation>
    </message>
    <message>
        <source>Berkas pilihan</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <source>kemarin</source>
        <translation>yesterday</translation>
    </message>
    <message numerus="yes">
        <source>%n hari lalu</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>SIPERA membuat cadangan otomatis setiap hari; mungkin ada juga cadangan di flashdisk. Pulihkan data dari salah satu cadangan itu?</source>
        <translation>SIPERA makes an automatic backup every day; there may also be backups on a flash drive. Restore the data from one of those backups?</translation>
    </message>
    <message>
        <source>SIPERA tidak bisa dibuka</source>
        <translation>SIPERA cannot be opened</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan...</source>
        <translation>Restore from a backup...</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Belum ada data</source>
        <translation>No data yet</translation>
    </message>
    <message numerus="yes">
        <source>%n kelompok lain</source>
        <translation>
            <numerusform>%n other group</numerusform>
            <numerusform>%n other groups</numerusform>
        </translation>
    </message>
    <message>
        <source>jumlah: %1</source>
        <translation>total: %1</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Kode Iuran (Batch Pembayaran)</source>
        <translation>Payment Batches (Kode Iuran)</translation>
    </message>
    <message>
        <source>Buat Draf</source>
        <translation>Create Draft</translation>
    </message>
    <message>
        <source>Sumber dana:</source>
        <translation>Funding source:</translation>
    </message>
    <message>
        <source>Dari:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Sampai:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Mengoreksi:</source>
        <translation>Corrects:</translation>
    </message>
    <message>
        <source>Kode Iuran</source>
        <translation>Batch Code</translation>
    </message>
    <message>
        <source>Sumber Dana</source>
        <translation>Funding Source</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Bulan-Orang</source>
        <translation>Person-Months</translation>
    </message>
    <message>
        <source>Jumlah Iuran</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Kecamatan / Desa</source>
        <translation>Kecamatan / Desa</translation>
    </message>
    <message>
        <source>Terbitkan (Bekukan)</source>
        <translation>Issue (Freeze)</translation>
    </message>
    <message>
        <source>Hapus Draf</source>
        <translation>Delete Draft</translation>
    </message>
    <message>
        <source>Ekspor Daftar BPJS...</source>
        <translation>Export BPJS List...</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(bukan koreksi)</source>
        <translation>(not a correction)</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Dikoreksi oleh {code}</source>
        <translation>Corrected by {code}</translation>
    </message>
    <message>
        <source>Kec. {name}</source>
        <translation>Kec. {name}</translation>
    </message>
    <message>
        <source>Menyusun draf kode iuran...</source>
        <translation>Building the draft batch...</translation>
    </message>
    <message>
        <source>Draf {code}: {count} peserta, {amount}.</source>
        <translation>Draft {code}: {count} participants, {amount}.</translation>
    </message>
    <message>
        <source>{count} orang tidak dimasukkan karena sudah dibayar di kode iuran lain.</source>
        <translation>{count} people left out because another batch already pays them.</translation>
    </message>
    <message>
        <source>{code} diterbitkan: tidak bisa diubah lagi.</source>
        <translation>{code} issued: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Simpan daftar kolektif BPJS ke folder</source>
        <translation>Save the BPJS collective list to a folder</translation>
    </message>
    <message>
        <source>Daftar BPJS disimpan: {path} (tata letak bawaan SIPERA, bukan templat resmi BPJS)</source>
        <translation>BPJS list saved: {path} (SIPERA&apos;s default layout, not the official BPJS template)</translation>
    </message>
    <message>
        <source>Menulis daftar BPJS...</source>
        <translation>Writing the BPJS list...</translation>
    </message>
</context>
<context>
    <name>CandidateBar</name>
    <message>
        <source>Dikenali: {source}</source>
        <translation>Recognised: {source}</translation>
    </message>
    <message>
        <source>Pilih calon pekerja rentan</source>
        <translation>Pick pekerja rentan candidates</translation>
    </message>
    <message>
        <source>Daftar ini berisi seluruh penduduk (anak-anak, PNS, pelajar...). Bila dicentang, hanya calon pekerja rentan yang diimpor; yang lain tercatat di laporan beserta alasannya.</source>
        <translation>This list holds the whole population (children, civil servants, pupils...). When ticked, only pekerja rentan candidates are imported; the others are listed in the report with the reason.</translation>
    </message>
    <message>
        <source>Pekerjaan...</source>
        <translation>Occupations...</translation>
    </message>
    <message>
        <source>Umur {min}-{max} tahun pada {date}</source>
        <translation>Aged {min}-{max} on {date}</translation>
    </message>
    <message>
        <source>Dusun/RT...</source>
        <translation>Dusun/RT...</translation>
    </message>
    <message>
        <source>Keluarkan/Masukkan Baris Terpilih</source>
        <translation>Leave Out/Take Back Selected Row</translation>
    </message>
    <message>
        <source>Preset pekerja rentan (tanpa PNS, TNI, POLRI, pelajar, pensiunan, karyawan, jabatan dan profesi)</source>
        <translation>Pekerja rentan preset (no civil servants, TNI, POLRI, pupils, pensioners, employees, offices or professions)</translation>
    </message>
    <message>
        <source>Semua pekerjaan</source>
        <translation>Every occupation</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Semua dusun dan RT</source>
        <translation>Every dusun and RT</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>Dipilih {picked} dari {total} orang.</source>
        <translation>{picked} of {total} people picked.</translation>
    </message>
    <message>
        <source>meninggal/pindah</source>
        <translation>dead/moved</translation>
    </message>
    <message>
        <source>pekerjaan</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>umur</source>
        <translation>age</translation>
    </message>
    <message>
        <source>dusun</source>
        <translation>dusun</translation>
    </message>
    <message>
        <source>dikeluarkan manual</source>
        <translation>left out by hand</translation>
    </message>
    <message>
        <source>{count} karena {why}</source>
        <translation>{count} for {why}</translation>
    </message>
    <message>
        <source>Tidak dipilih: {reasons} (lihat laporan).</source>
        <translation>Not picked: {reasons} (see the report).</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Diputuskan</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Selesai sendiri</source>
        <translation>Resolved by itself</translation>
    </message>
    <message>
        <source>NIK di dua desa</source>
        <translation>NIK in two villages</translation>
    </message>
    <message>
        <source>Data ganda</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Tetap di satu desa</source>
        <translation>Stays in one village</translation>
    </message>
    <message>
        <source>Bukan orang yang sama</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <source>Satu data disimpan</source>
        <translation>One record kept</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Dibuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Hanya yang belum diputuskan</source>
        <translation>Undecided only</translation>
    </message>
    <message>
        <source>Catatan keputusan (misalnya: sudah dicek KTP dan KK)</source>
        <translation>Decision note (for example: ID card and family card checked)</translation>
    </message>
    <message>
        <source>Bukan Orang yang Sama</source>
        <translation>Not the Same Person</translation>
    </message>
    <message>
        <source>Salah satu NIK keliru: kedua desa diminta memeriksa NIK</source>
        <translation>One of the NIKs is wrong: both villages are asked to check the NIK</translation>
    </message>
    <message>
        <source>Putuskan Nanti</source>
        <translation>Decide Later</translation>
    </message>
    <message>
        <source>Cari Data Ganda...</source>
        <translation>Find Duplicates...</translation>
    </message>
    <message>
        <source>Pindai semua desa untuk data yang mungkin orang yang sama; buat kasus untuk pasangan yang perlu diputuskan</source>
        <translation>Scan every village for records that are probably the same person; open a case for the pairs that need a decision</translation>
    </message>
    <message>
        <source>Tidak ada kasus. Kasus terbuka bila satu NIK aktif di dua desa, atau dibuat dari Cari Data Ganda.</source>
        <translation>No cases. A case opens when one NIK is active in two villages, or is opened from Find Duplicates.</translation>
    </message>
    <message>
        <source>{n} kasus terbuka</source>
        <translation>{n} open cases</translation>
    </message>
    <message>
        <source>Pilih kasus di sebelah kiri.</source>
        <translation>Choose a case on the left.</translation>
    </message>
    <message>
        <source>Kasus #{id}: data ganda, mungkin orang yang sama ({desa})</source>
        <translation>Case #{id}: duplicate, probably the same person ({desa})</translation>
    </message>
    <message>
        <source>Dua orang yang berbeda: pasangan ini tidak diusulkan lagi sebagai data ganda</source>
        <translation>Two different people: this pair is no longer proposed as a duplicate</translation>
    </message>
    <message>
        <source>Kasus #{id}: NIK {nik} aktif di {n} desa</source>
        <translation>Case #{id}: NIK {nik} active in {n} villages</translation>
    </message>
    <message>
        <source>Keputusan: {decision} · oleh {who} · {when}</source>
        <translation>Decision: {decision} · by {who} · {when}</translation>
    </message>
    <message>
        <source>Keputusan bisa diubah; data desa tidak pernah dihapus.</source>
        <translation>The decision can be changed; a village&apos;s record is never deleted.</translation>
    </message>
    <message>
        <source>Belum diputuskan. Bandingkan kedua data, lalu pilih data yang disimpan; data yang lain akan ditolak dengan alasan &apos;data ganda&apos;. Data desa tidak pernah dihapus.</source>
        <translation>Not decided yet. Compare both records, then choose the record to keep; the other will be rejected with the reason &apos;duplicate&apos;. A village&apos;s records are never deleted.</translation>
    </message>
    <message>
        <source>Belum diputuskan. Bandingkan kedua data, lalu pilih desa tempat orang ini tetap terdaftar; data di desa lain akan ditolak dengan alasan &apos;terdaftar di desa lain&apos;.</source>
        <translation>Not decided yet. Compare the records, then choose the village where this person stays registered; the record in the other village is rejected as &apos;registered in another village&apos;.</translation>
    </message>
    <message>
        <source>Keputusan tidak disimpan</source>
        <translation>Decision not saved</translation>
    </message>
</context>
<context>
    <name>ConfigExportedDialog</name>
    <message>
        <source>Paket Konfigurasi Dibuat</source>
        <translation>Configuration package created</translation>
    </message>
    <message>
        <source>✔ Paket konfigurasi nomor {seq} dibuat: {name}
di folder {folder}</source>
        <translation>✔ Configuration package no. {seq} created: {name}
in folder {folder}</translation>
    </message>
    <message>
        <source>Sidik jari kunci kabupaten:</source>
        <translation>District key fingerprint:</translation>
    </message>
    <message>
        <source>Saat desa mengimpor konfigurasi pertama kali, operator desa harus mengetik sidik jari ini. Bacakan kepadanya, atau cantumkan di surat pengantar resmi. Konfigurasi berikutnya diterima tanpa pencocokan ulang.</source>
        <translation>When a village imports the configuration for the first time, the village operator must type in this fingerprint. Read it out to them, or include it in the official cover letter. Later configurations are accepted without checking it again.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConfigImportDialog</name>
    <message>
        <source>Impor Konfigurasi Kabupaten</source>
        <translation>Import district configuration</translation>
    </message>
    <message>
        <source>Paket konfigurasi dari Disperinaker berisi kunci kabupaten dan nilai program (tahun, masa kepesertaan, iuran, batas umur). Pilih berkas SIPERA_config_....sipera dari flashdisk atau email.</source>
        <translation>The configuration package from Disperinaker contains the district key and the programme values (year, coverage period, contribution, age limits). Choose the SIPERA_config_....sipera file from the flash drive or email.</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Pilih Berkas...</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <source>Ini konfigurasi pertama dari kabupaten. Cocokkan dulu sidik jari kunci kabupaten.</source>
        <translation>This is the first configuration from the district. First compare the district key fingerprint.</translation>
    </message>
    <message>
        <source>Ketik sidik jari itu (dari layar SIPERA kabupaten atau dari surat resmi) di kolom di bawah, lalu tekan Enter. Sesudah itu SIPERA hanya menerima paket yang ditandatangani kunci ini.</source>
        <translation>Type that fingerprint (from the district SIPERA screen or from the official letter) in the field below, then press Enter. After that SIPERA only accepts packages signed with this key.</translation>
    </message>
    <message>
        <source>Sidik jari pada berkas:</source>
        <translation>Fingerprint in the file:</translation>
    </message>
    <message>
        <source>Sidik jari yang dibacakan petugas kabupaten:</source>
        <translation>Fingerprint read out by the district officer:</translation>
    </message>
    <message>
        <source>Nilai program yang berlaku sekarang</source>
        <translation>Programme values now in effect</translation>
    </message>
    <message>
        <source>Simpan Kunci dan Terapkan</source>
        <translation>Save key and apply</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih paket konfigurasi kabupaten</source>
        <translation>Choose the district configuration package</translation>
    </message>
    <message>
        <source>Membaca paket konfigurasi...</source>
        <translation>Reading the configuration package...</translation>
    </message>
    <message>
        <source>Konfigurasi tidak diterapkan</source>
        <translation>Configuration not applied</translation>
    </message>
    <message>
        <source>Dari: Disperinaker {name} ({code})</source>
        <translation>From: Disperinaker {name} ({code})</translation>
    </message>
    <message>
        <source>Menerapkan konfigurasi...</source>
        <translation>Applying the configuration...</translation>
    </message>
    <message>
        <source>Konfigurasi ini sudah diterapkan sebelumnya; tidak ada yang berubah.</source>
        <translation>This configuration was already applied; nothing changed.</translation>
    </message>
    <message>
        <source>✔ Konfigurasi kabupaten diterapkan.</source>
        <translation>✔ District configuration applied.</translation>
    </message>
    <message>
        <source>Tahun program: {year}</source>
        <translation>Programme year: {year}</translation>
    </message>
    <message>
        <source>Masa kepesertaan: {start} s.d. {end}</source>
        <translation>Coverage period: {start} to {end}</translation>
    </message>
    <message>
        <source>Iuran per orang per bulan: {rate}</source>
        <translation>Contribution per person per month: {rate}</translation>
    </message>
    <message>
        <source>Batas umur: {min}-{max} tahun</source>
        <translation>Age limits: {min}-{max} years</translation>
    </message>
    <message>
        <source>Kunci kabupaten disimpan; paket data sekarang bisa dikirim.</source>
        <translation>District key saved; data packages can now be sent.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Hapus data</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Hapus data &lt;b&gt;{name}&lt;/b&gt; (NIK {nik})?&lt;br&gt;Data tidak hilang: ditandai terhapus, tetap tercatat di riwayat dan bisa dipulihkan.</source>
        <translation>Delete the record of &lt;b&gt;{name}&lt;/b&gt; (NIK {nik})?&lt;br&gt;Nothing is lost: the record is marked as deleted, stays in the history and can be restored.</translation>
    </message>
    <message>
        <source>- pilih alasan -</source>
        <translation>- choose a reason -</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>keterangan (misalnya tanggal meninggal, pindah ke mana)</source>
        <translation>details (e.g. date of death, where the person moved to)</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Sidik Jari Kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <source>Paket Terakhir</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>Paket Hilang</source>
        <translation>Missing Packages</translation>
    </message>
    <message>
        <source>Kontak Terakhir</source>
        <translation>Last Contact</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Terhapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Semua desa/kelurahan</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Belum terdaftar</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Belum mengirim</source>
        <translation>Nothing sent yet</translation>
    </message>
    <message>
        <source>Ada paket hilang</source>
        <translation>Packages missing</translation>
    </message>
    <message>
        <source>SIPERA - Mode Kabupaten - {name}</source>
        <translation>SIPERA - District mode - {name}</translation>
    </message>
    <message>
        <source>Disperinaker {name}</source>
        <translation>Disperinaker {name}</translation>
    </message>
    <message>
        <source>SIPERA Mode Kabupaten · kode wilayah {code} · operator {op}</source>
        <translation>SIPERA District mode · region code {code} · operator {op}</translation>
    </message>
    <message>
        <source>Sidik jari kunci kabupaten (dicocokkan desa saat impor konfigurasi):</source>
        <translation>District key fingerprint (villages check it when importing the configuration):</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Kotak Masuk</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Semua Data</source>
        <translation>All Records</translation>
    </message>
    <message>
        <source>Umpan Balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Berkas umpan balik untuk desa: hasil verifikasi, kasus, dan paket yang sudah diterima</source>
        <translation>Feedback files for the villages: verification results, cases and the packages received</translation>
    </message>
    <message>
        <source>Untuk desa yang dipilih...</source>
        <translation>For the selected village...</translation>
    </message>
    <message>
        <source>Untuk semua desa terdaftar...</source>
        <translation>For all enrolled villages...</translation>
    </message>
    <message>
        <source>Paket Pemulihan...</source>
        <translation>Restore Package...</translation>
    </message>
    <message>
        <source>Untuk desa yang laptopnya diganti: data desa kembali ke laptop baru (daftarkan dulu berkas pendaftaran laptop baru)</source>
        <translation>For a village whose laptop was replaced: its records go back to the new laptop (enrol the new laptop&apos;s registration file first)</translation>
    </message>
    <message>
        <source>Daftarkan Desa...</source>
        <translation>Register village...</translation>
    </message>
    <message>
        <source>Impor berkas pendaftaran (SIPERA_enrollment_...) dari desa</source>
        <translation>Import a registration file (SIPERA_enrollment_...) from a village</translation>
    </message>
    <message>
        <source>Cabut Kunci Desa...</source>
        <translation>Revoke village key...</translation>
    </message>
    <message>
        <source>Bila laptop desa hilang atau diganti: paket dari kunci itu tidak diterima lagi</source>
        <translation>If a village laptop is lost or replaced: packages from that key are no longer accepted</translation>
    </message>
    <message>
        <source>Buat Paket Konfigurasi...</source>
        <translation>Create configuration package...</translation>
    </message>
    <message>
        <source>Kunci kabupaten dan nilai program untuk semua desa</source>
        <translation>District key and programme values for all villages</translation>
    </message>
    <message>
        <source>Periksa Paket...</source>
        <translation>Inspect package...</translation>
    </message>
    <message>
        <source>Riwayat Paket</source>
        <translation>Package history</translation>
    </message>
    <message>
        <source>Pengaturan Program...</source>
        <translation>Programme settings...</translation>
    </message>
    <message>
        <source>Tahun, masa kepesertaan, iuran dan batas umur yang dibawa paket konfigurasi</source>
        <translation>Year, coverage period, contribution and age limits carried by the configuration package</translation>
    </message>
    <message>
        <source>Belum ada desa terdaftar. Minta operator desa membawa berkas pendaftaran (menu Kirim &gt; Buat Berkas Pendaftaran di SIPERA desa), lalu klik &apos;Daftarkan Desa...&apos;.</source>
        <translation>No villages registered yet. Ask the village operator to bring a registration file (menu Send &gt; Create registration file in the village&apos;s SIPERA), then click &apos;Register village...&apos;.</translation>
    </message>
    <message>
        <source>Gabungkan Paket dari Folder...</source>
        <translation>Merge Packages from a Folder...</translation>
    </message>
    <message>
        <source>Cari Data</source>
        <translation>Search Records</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Desa</source>
        <translation>&amp;Villages</translation>
    </message>
    <message>
        <source>D&amp;ata</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>(kunci dicabut)</source>
        <translation>(key revoked)</translation>
    </message>
    <message>
        <source>belum terdaftar</source>
        <translation>not enrolled</translation>
    </message>
    <message numerus="yes">
        <source>Desa/kelurahan terdaftar: %n</source>
        <translation>
            <numerusform>Registered villages: %n</numerusform>
            <numerusform>Registered villages: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} di kabupaten · {sent} sudah mengirim · {gaps} ada paket hilang</source>
        <translation>{total} in the district · {sent} have sent · {gaps} with missing packages</translation>
    </message>
    <message>
        <source>{n} paket digabung.</source>
        <translation>{n} packages merged.</translation>
    </message>
    <message>
        <source>Pilih folder untuk berkas umpan balik</source>
        <translation>Choose a folder for the feedback files</translation>
    </message>
    <message>
        <source>{n} berkas umpan balik dibuat di {folder}. Serahkan setiap berkas kepada desanya (flashdisk atau email).</source>
        <translation>{n} feedback files made in {folder}. Give each file to its village (flash drive or email).</translation>
    </message>
    <message>
        <source>Umpan balik dibuat</source>
        <translation>Feedback made</translation>
    </message>
    <message>
        <source>Umpan balik tidak dibuat</source>
        <translation>Feedback not made</translation>
    </message>
    <message>
        <source>Membuat berkas umpan balik...</source>
        <translation>Making the feedback files...</translation>
    </message>
    <message>
        <source>Pilih folder untuk paket pemulihan</source>
        <translation>Choose a folder for the restore package</translation>
    </message>
    <message>
        <source>Paket pemulihan untuk {code} dibuat: {name} ({n} data). Desa mengimpornya di laptop yang baru.</source>
        <translation>Restore package for {code} made: {name} ({n} records). The village imports it on the new laptop.</translation>
    </message>
    <message>
        <source>Paket pemulihan dibuat</source>
        <translation>Restore package made</translation>
    </message>
    <message>
        <source>Paket pemulihan tidak dibuat</source>
        <translation>Restore package not made</translation>
    </message>
    <message>
        <source>Membuat paket pemulihan...</source>
        <translation>Making the restore package...</translation>
    </message>
    <message>
        <source>Pilih berkas pendaftaran desa</source>
        <translation>Choose the village registration file</translation>
    </message>
    <message>
        <source>Berkas pendaftaran ditolak</source>
        <translation>Registration file rejected</translation>
    </message>
    <message>
        <source>Membaca berkas pendaftaran...</source>
        <translation>Reading the registration file...</translation>
    </message>
    <message>
        <source>{name} ({code}) terdaftar.</source>
        <translation>{name} ({code}) enrolled.</translation>
    </message>
    <message>
        <source>Cabut kunci desa {name} ({code})?

Paket dari laptop desa ini tidak akan diterima lagi sampai desa mendaftar ulang dengan berkas pendaftaran baru dan sidik jari yang dicocokkan. Lakukan ini bila laptop desa hilang, dicuri, atau SIPERA dipasang ulang.</source>
        <translation>Revoke the key of village {name} ({code})?

Packages from this village&apos;s laptop will no longer be accepted until the village registers again with a new registration file and a checked fingerprint. Do this if the village laptop is lost or stolen, or SIPERA was reinstalled.</translation>
    </message>
    <message>
        <source>Cabut kunci desa</source>
        <translation>Revoke village key</translation>
    </message>
    <message>
        <source>Cabut Kunci</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kunci desa {code} dicabut.</source>
        <translation>Key of village {code} revoked.</translation>
    </message>
    <message>
        <source>Pilih folder untuk paket konfigurasi (flashdisk)</source>
        <translation>Choose a folder for the configuration package (flash drive)</translation>
    </message>
    <message>
        <source>Paket konfigurasi tidak dibuat</source>
        <translation>Configuration package not created</translation>
    </message>
    <message>
        <source>Membuat paket konfigurasi...</source>
        <translation>Creating the configuration package...</translation>
    </message>
    <message>
        <source>Pilih paket yang akan diperiksa</source>
        <translation>Choose the package to inspect</translation>
    </message>
    <message>
        <source>Pengaturan disimpan. Buat paket konfigurasi baru agar desa memakai nilai program yang baru.</source>
        <translation>Settings saved. Create a new configuration package so that the villages use the new programme values.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>SIPERA siap dipakai</source>
        <translation>SIPERA is ready</translation>
    </message>
    <message>
        <source>Data desa</source>
        <translation>Village data</translation>
    </message>
    <message>
        <source>Mulai dengan data kosong (desa baru memakai SIPERA)</source>
        <translation>Start with no data (the village is new to SIPERA)</translation>
    </message>
    <message>
        <source>Pulihkan data desa dari kabupaten</source>
        <translation>Restore the village data from the district</translation>
    </message>
    <message>
        <source>Pilih ini bila laptop desa yang lama rusak atau hilang dan datanya sudah pernah dikirim ke kabupaten. Ada tiga langkah: (1) buat berkas pendaftaran baru dan bacakan sidik jarinya kepada petugas kabupaten, (2) impor paket konfigurasi kabupaten, (3) impor paket pemulihan. Anda boleh berhenti sesudah langkah mana pun dengan menekan Mulai, lalu melanjutkan nanti lewat menu Kirim: Buat Berkas Pendaftaran, Impor Konfigurasi Kabupaten, dan Pulihkan dari Paket Pemulihan.</source>
        <translation>Choose this when the village&apos;s old laptop broke or was lost and its data had already been sent to the district. There are three steps: (1) create a new registration file and read its fingerprint to the district officer, (2) import the district&apos;s configuration package, (3) import the restore package. You may stop after any step by pressing Start and go on later from the Send menu: Create registration file, Import district configuration, and Restore from a Restore Package.</translation>
    </message>
    <message>
        <source>Mode Desa/Kelurahan</source>
        <translation>Village mode (desa/kelurahan)</translation>
    </message>
    <message>
        <source>Mode Kabupaten/Kota</source>
        <translation>District mode (kabupaten/kota)</translation>
    </message>
    <message>
        <source>%1 untuk %2.
Operator: %3.
Data disimpan di: %4</source>
        <translation>%1 for %2.
Operators: %3.
Data is stored in: %4</translation>
    </message>
    <message>
        <source>Ini sidik jari kunci kabupaten. Desa mencocokkannya saat mengimpor paket konfigurasi pertama: bacakan kepada operator desa atau cantumkan di surat pengantar. Berikutnya: daftarkan desa dari berkas pendaftarannya, buat paket konfigurasi, lalu gabungkan paket data desa di tab Kotak Masuk.</source>
        <translation>This is the district key&apos;s fingerprint. Villages compare it when they import the first config package: read it to the village operator or put it in the cover letter. Next: enrol the villages from their registration files, make the config package, then merge the villages&apos; data packages in the Inbox tab.</translation>
    </message>
    <message>
        <source>Ini sidik jari kunci komputer ini.</source>
        <translation>This is the fingerprint of this computer&apos;s key.</translation>
    </message>
    <message>
        <source>Sidik jari bisa dilihat lagi di menu Pengaturan.</source>
        <translation>The fingerprint can be seen again in the Settings menu.</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>NIK sama</source>
        <translation>same NIK</translation>
    </message>
    <message>
        <source>NIK sama, tetapi salah satunya dari angka Excel (angka terakhir tidak pasti)</source>
        <translation>same NIK, but one came from an Excel number (last digit uncertain)</translation>
    </message>
    <message>
        <source>NIK beda satu angka</source>
        <translation>NIK one digit apart</translation>
    </message>
    <message>
        <source>dua angka NIK yang berdampingan tertukar</source>
        <translation>two adjacent NIK digits swapped</translation>
    </message>
    <message>
        <source>NIK berbeda</source>
        <translation>different NIK</translation>
    </message>
    <message>
        <source>nama sama</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>nama mirip</source>
        <translation>similar name</translation>
    </message>
    <message>
        <source>urutan nama berbeda</source>
        <translation>name words in another order</translation>
    </message>
    <message>
        <source>nama yang satu termasuk dalam nama yang lain (BIN/BINTI, nama kedua hilang)</source>
        <translation>one name contained in the other (BIN/BINTI, second name dropped)</translation>
    </message>
    <message>
        <source>nama sangat umum (bukti lemah)</source>
        <translation>very common name (weak evidence)</translation>
    </message>
    <message>
        <source>nama berbeda</source>
        <translation>different name</translation>
    </message>
    <message>
        <source>nama depan berbeda (mungkin kembar atau saudara)</source>
        <translation>different first name (maybe twins or siblings)</translation>
    </message>
    <message>
        <source>jenis kelamin berbeda</source>
        <translation>different sex</translation>
    </message>
    <message>
        <source>tanggal lahir sama</source>
        <translation>same birth date</translation>
    </message>
    <message>
        <source>tanggal dan bulan lahir tertukar</source>
        <translation>birth day and month swapped</translation>
    </message>
    <message>
        <source>tanggal lahir beda satu angka</source>
        <translation>birth date one digit apart</translation>
    </message>
    <message>
        <source>tanggal lahir yang dipakai banyak orang (bukti lemah)</source>
        <translation>a birth date many people share (weak evidence)</translation>
    </message>
    <message>
        <source>tanggal lahir salah satunya kosong</source>
        <translation>one birth date is empty</translation>
    </message>
    <message>
        <source>tanggal lahir di kedua NIK sama</source>
        <translation>both NIKs carry the same birth date</translation>
    </message>
    <message>
        <source>tanggal lahir berbeda</source>
        <translation>different birth date</translation>
    </message>
    <message>
        <source>tanggal lahir terpaut bertahun-tahun (mungkin ayah dan anak)</source>
        <translation>birth dates years apart (maybe father and son)</translation>
    </message>
    <message>
        <source>nomor KK sama</source>
        <translation>same KK number</translation>
    </message>
    <message>
        <source>nomor KK berbeda (bukti lemah: orang bisa pindah KK)</source>
        <translation>different KK number (weak evidence: people move to another KK)</translation>
    </message>
    <message>
        <source>nomor HP sama</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <source>nomor HP berbeda</source>
        <translation>different phone number</translation>
    </message>
    <message>
        <source>mungkin kembar: KK dan tanggal lahir sama, nomor urut NIK berurutan, nama depan berbeda</source>
        <translation>maybe twins: same KK and birth date, consecutive NIK serials, different first names</translation>
    </message>
    <message>
        <source>RT/RW sama</source>
        <translation>same RT/RW</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Phone no.</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet (dusun)</translation>
    </message>
    <message>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Birth place</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Terakhir diubah</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Cari data ganda</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <source>Pindai ulang</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Data A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <source>Data B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Data A (kiri)</source>
        <translation>Record A (left)</translation>
    </message>
    <message>
        <source>Data B (kanan)</source>
        <translation>Record B (right)</translation>
    </message>
    <message>
        <source>Riwayat data A</source>
        <translation>History of record A</translation>
    </message>
    <message>
        <source>Riwayat data B</source>
        <translation>History of record B</translation>
    </message>
    <message>
        <source>Sama orang: simpan A</source>
        <translation>Same person: keep A</translation>
    </message>
    <message>
        <source>Data B ditandai terhapus (duplikat dari A); riwayatnya tetap dan bisa dibatalkan</source>
        <translation>Record B is marked deleted (duplicate of A); its history stays and this can be undone</translation>
    </message>
    <message>
        <source>Sama orang: simpan B</source>
        <translation>Same person: keep B</translation>
    </message>
    <message>
        <source>Data A ditandai terhapus (duplikat dari B); riwayatnya tetap dan bisa dibatalkan</source>
        <translation>Record A is marked deleted (duplicate of B); its history stays and this can be undone</translation>
    </message>
    <message>
        <source>Bukan orang yang sama</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <source>Pasangan ini tidak diusulkan lagi selama NIK, nama, tanggal lahir, KK, HP dan RT/RW keduanya tidak berubah</source>
        <translation>This pair is not proposed again while the NIK, name, birth date, KK, phone and RT/RW of both stay unchanged</translation>
    </message>
    <message>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Batalkan keputusan terakhir</source>
        <translation>Undo last decision</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Buat kasus</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Buka kasus data ganda untuk pasangan ini; putuskan di tab Kasus</source>
        <translation>Open a duplicate case for this pair; decide it in the Cases tab</translation>
    </message>
    <message>
        <source>Mode Kabupaten: data desa tidak diubah di sini. Buat kasus untuk pasangan ini dan putuskan di tab Kasus; hasilnya dikirim ke desa lewat umpan balik.</source>
        <translation>District mode: village records are not changed here. Open a case for this pair and decide it in the Cases tab; the outcome goes to the villages in feedback.</translation>
    </message>
    <message>
        <source>Memindai data...</source>
        <translation>Scanning records...</translation>
    </message>
    <message>
        <source>Pemindaian dibatalkan.</source>
        <translation>Scan cancelled.</translation>
    </message>
    <message>
        <source>{pairs} pasangan mungkin orang yang sama, dari {records} data ({seconds} detik).</source>
        <translation>{pairs} pairs that may be the same person, among {records} records ({seconds} s).</translation>
    </message>
    <message>
        <source>{n} pasangan sudah diputuskan bukan orang yang sama dan tidak ditampilkan.</source>
        <translation>{n} pairs were decided not the same person and are not shown.</translation>
    </message>
    <message>
        <source>{n} pasangan sudah diputuskan lewat kasus dan tidak ditampilkan.</source>
        <translation>{n} pairs already decided through a case are not shown.</translation>
    </message>
    <message>
        <source>nanti</source>
        <translation>later</translation>
    </message>
    <message>
        <source>kasus #{id}</source>
        <translation>case #{id}</translation>
    </message>
    <message>
        <source>Belum ada pasangan dipilih</source>
        <translation>No pair selected</translation>
    </message>
    <message>
        <source>Tidak ada data ganda yang perlu diperiksa.</source>
        <translation>No duplicates to check.</translation>
    </message>
    <message>
        <source>Pasangan {n} dari {total}: skor {score}%</source>
        <translation>Pair {n} of {total}: score {score}%</translation>
    </message>
    <message>
        <source>Ditunda (nanti) oleh {who} pada {when}.</source>
        <translation>Put off (later) by {who} on {when}.</translation>
    </message>
    <message>
        <source>sama</source>
        <translation>same</translation>
    </message>
    <message>
        <source>mirip</source>
        <translation>alike</translation>
    </message>
    <message>
        <source>berbeda</source>
        <translation>different</translation>
    </message>
    <message>
        <source>salah satu kosong</source>
        <translation>one is empty</translation>
    </message>
    <message>
        <source>{name} disimpan; data yang lain ditandai terhapus (duplikat).</source>
        <translation>{name} kept; the other record is marked deleted (duplicate).</translation>
    </message>
    <message>
        <source>Dicatat: bukan orang yang sama. Pasangan ini tidak diusulkan lagi.</source>
        <translation>Recorded: not the same person. This pair is not proposed again.</translation>
    </message>
    <message>
        <source>Pasangan ini ditunda.</source>
        <translation>This pair is put off.</translation>
    </message>
    <message>
        <source>Kasus #{id} dibuat. Putuskan di tab Kasus; hasilnya dikirim ke desa lewat umpan balik.</source>
        <translation>Case #{id} opened. Decide it in the Cases tab; the outcome goes to the villages in feedback.</translation>
    </message>
    <message>
        <source>Pasangan ini sudah punya kasus #{id}; tidak ada kasus baru.</source>
        <translation>This pair already has case #{id}; no new case.</translation>
    </message>
    <message>
        <source>Keputusan terakhir dibatalkan.</source>
        <translation>Last decision undone.</translation>
    </message>
</context>
<context>
    <name>EnrollmentConfirmDialog</name>
    <message>
        <source>Daftarkan Desa</source>
        <translation>Register village</translation>
    </message>
    <message>
        <source>Pendaftaran desa/kelurahan</source>
        <translation>Village registration</translation>
    </message>
    <message>
        <source>(tidak diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>Desa/Kelurahan:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Desa ini sudah terdaftar dengan kunci yang sama; mendaftar ulang tidak mengubah apa pun.</source>
        <translation>This village is already registered with the same key; registering again changes nothing.</translation>
    </message>
    <message>
        <source>Desa ini sudah terdaftar dengan kunci lain (misalnya laptop diganti atau SIPERA dipasang ulang). Bila Anda lanjutkan, kunci lama dicabut: paket dari kunci lama tidak diterima lagi.</source>
        <translation>This village is already registered with a different key (e.g. the laptop was replaced or SIPERA was reinstalled). If you continue, the old key is revoked: packages from the old key are no longer accepted.</translation>
    </message>
    <message>
        <source>Sidik jari pada berkas pendaftaran:</source>
        <translation>Fingerprint in the registration file:</translation>
    </message>
    <message>
        <source>Minta operator desa membacakan sidik jari dari layar SIPERA desanya (menu Kirim &gt; Buat Berkas Pendaftaran) atau dari kertas yang ditandatanganinya, lalu ketik di sini:</source>
        <translation>Ask the village operator to read out the fingerprint from their village&apos;s SIPERA screen (menu Send &gt; Create registration file) or from the paper they signed, then type it here:</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Desa tidak didaftarkan</source>
        <translation>Village not registered</translation>
    </message>
    <message>
        <source>Mendaftarkan desa...</source>
        <translation>Registering the village...</translation>
    </message>
</context>
<context>
    <name>EnrollmentExportDialog</name>
    <message>
        <source>Buat Berkas Pendaftaran</source>
        <translation>Create registration file</translation>
    </message>
    <message>
        <source>Berkas pendaftaran memperkenalkan SIPERA desa ini kepada Disperinaker kabupaten. Simpan ke flashdisk dan bawa ke kabupaten (atau kirim lewat email). Berkas ini tidak berisi data warga.</source>
        <translation>The registration file introduces this village&apos;s SIPERA to the district Disperinaker. Save it to a flash drive and take it to the district (or send it by email). The file contains no residents&apos; data.</translation>
    </message>
    <message>
        <source>Simpan ke folder:</source>
        <translation>Save to folder:</translation>
    </message>
    <message>
        <source>Sidik jari desa ini:</source>
        <translation>This village&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>Bila tidak bisa dibacakan, tulis di kertas, tanda tangani, dan serahkan bersama flashdisk. Bila tidak sama, desa tidak didaftarkan. Sidik jari hanya memakai huruf A-Z dan angka 2-7.</source>
        <translation>If it cannot be read aloud, write it on paper, sign it and hand it over with the USB stick. If it does not match, the village is not enrolled. A fingerprint only uses the letters A-Z and the digits 2-7.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Membuat berkas pendaftaran...</source>
        <translation>Creating the registration file...</translation>
    </message>
    <message>
        <source>✔ Berkas pendaftaran dibuat: {name}
di folder {folder}</source>
        <translation>✔ Registration file created: {name}
in folder {folder}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan...</source>
        <translation>Cancelling...</translation>
    </message>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Menyimpan daftar BNBA sebagai buku kerja Excel. NIK, nomor KK dan nomor HP ditulis sebagai teks (tidak rusak di Excel), tanggal sebagai dd-mm-yyyy, dengan kolom status dan masalah data.</source>
        <translation>Saves the BNBA list as an Excel workbook. NIK, family card and mobile numbers are written as text (so Excel does not damage them), dates as dd-mm-yyyy, with columns for record status and data issues.</translation>
    </message>
    <message>
        <source>&amp;Tata letak:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Atur Tata Letak...</source>
        <translation>&amp;Manage layouts...</translation>
    </message>
    <message>
        <source>Sertakan data yang sudah &amp;dihapus</source>
        <translation>Include &amp;deleted records</translation>
    </message>
    <message>
        <source>&amp;Simpan ke:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>&amp;Pilih...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{name} (bawaan)</source>
        <translation>{name} (built-in)</translation>
    </message>
    <message>
        <source>Kolom: {cols}</source>
        <translation>Columns: {cols}</translation>
    </message>
    <message numerus="yes">
        <source>%n data akan diekspor.</source>
        <translation>
            <numerusform>%n record will be exported.</numerusform>
            <numerusform>%n records will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data diekspor ke {path}</source>
        <translation>
            <numerusform>%n record exported to {path}</numerusform>
            <numerusform>%n records exported to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Simpan ekspor Excel</source>
        <translation>Save Excel export</translation>
    </message>
    <message>
        <source>Pilih dulu di mana berkas Excel disimpan.</source>
        <translation>First choose where to save the Excel file.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada. Pilih folder lain.</source>
        <translation>Folder {folder} does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan. Berkas tujuan tidak diubah.</source>
        <translation>Export cancelled. The target file was not changed.</translation>
    </message>
    <message>
        <source>Mengekspor...</source>
        <translation>Exporting...</translation>
    </message>
</context>
<context>
    <name>ExportField</name>
    <message>
        <source>Nomor urut</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Nama dengan gelar</source>
        <translation>Name with title</translation>
    </message>
    <message>
        <source>Gelar</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin (L/P)</source>
        <translation>Sex (L/P)</translation>
    </message>
    <message>
        <source>Jenis kelamin (Laki-laki/Perempuan)</source>
        <translation>Sex (Male/Female)</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Dusun/lingkungan</source>
        <translation>Hamlet (dusun/lingkungan)</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Pekerjaan (nama lengkap)</source>
        <translation>Occupation (full name)</translation>
    </message>
    <message>
        <source>Pekerjaan lain</source>
        <translation>Other occupation</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Awal kepesertaan</source>
        <translation>Coverage start</translation>
    </message>
    <message>
        <source>Akhir kepesertaan</source>
        <translation>Coverage end</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status data</source>
        <translation>Record status</translation>
    </message>
    <message>
        <source>Masalah data</source>
        <translation>Data issues</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ no.</translation>
    </message>
    <message>
        <source>Status BPJS</source>
        <translation>BPJS status</translation>
    </message>
    <message>
        <source>Alasan BPJS</source>
        <translation>BPJS reason</translation>
    </message>
    <message>
        <source>Status verifikasi</source>
        <translation>Verification status</translation>
    </message>
    <message>
        <source>Alasan verifikasi</source>
        <translation>Verification reason</translation>
    </message>
    <message>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Dicatat pada</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Diubah pada</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Diubah oleh</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Alasan hapus</source>
        <translation>Reason for deletion</translation>
    </message>
</context>
<context>
    <name>ExportLayoutDialog</name>
    <message>
        <source>Tata Letak Ekspor</source>
        <translation>Export layouts</translation>
    </message>
    <message>
        <source>Susun kolom untuk format yang diminta kabupaten atau BPJS: pilih data di kiri lalu &apos;Tambah&apos;, ubah judul kolom langsung di tabel kanan, atur urutannya dengan &apos;Naik&apos;/&apos;Turun&apos;, lalu simpan dengan nama sendiri. Tata letak bawaan tidak bisa ditimpa; simpan dengan nama lain.</source>
        <translation>Arrange the columns in the format the district or BPJS asks for: choose data on the left and click &apos;Add&apos;, edit the column headings directly in the table on the right, set their order with &apos;Move up&apos;/&apos;Move down&apos;, then save under a name of your own. Built-in layouts cannot be overwritten; save under another name.</translation>
    </message>
    <message>
        <source>&amp;Mulai dari:</source>
        <translation>Start &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Nama tata letak:</source>
        <translation>Layout &amp;name:</translation>
    </message>
    <message>
        <source>Data yang tersedia</source>
        <translation>Available data</translation>
    </message>
    <message>
        <source>Kolom di berkas Excel (urut dari kiri)</source>
        <translation>Columns in the Excel file (from left to right)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Judul kolom di Excel</source>
        <translation>Column heading in Excel</translation>
    </message>
    <message>
        <source>&amp;Tambah →</source>
        <translation>&amp;Add →</translation>
    </message>
    <message>
        <source>← &amp;Hapus</source>
        <translation>← &amp;Remove</translation>
    </message>
    <message>
        <source>↑ N&amp;aik</source>
        <translation>↑ Move &amp;up</translation>
    </message>
    <message>
        <source>↓ T&amp;urun</source>
        <translation>↓ Move &amp;down</translation>
    </message>
    <message>
        <source>Hapus Tata &amp;Letak</source>
        <translation>De&amp;lete layout</translation>
    </message>
    <message>
        <source>T&amp;utup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>{name} (bawaan)</source>
        <translation>{name} (built-in)</translation>
    </message>
    <message>
        <source>{name} - ubahan</source>
        <translation>{name} - modified</translation>
    </message>
    <message>
        <source>Beri nama tata letak ini dulu.</source>
        <translation>Give this layout a name first.</translation>
    </message>
    <message>
        <source>Tambahkan setidaknya satu kolom.</source>
        <translation>Add at least one column.</translation>
    </message>
    <message>
        <source>Tata letak &apos;{name}&apos; disimpan.</source>
        <translation>Layout &apos;{name}&apos; saved.</translation>
    </message>
    <message>
        <source>Hapus tata letak?</source>
        <translation>Delete layout?</translation>
    </message>
    <message>
        <source>Hapus tata letak &apos;{name}&apos;? Berkas yang sudah diekspor tidak berubah.</source>
        <translation>Delete layout &apos;{name}&apos;? Files already exported do not change.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Jangan</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>Tata letak &apos;{name}&apos; dihapus.</source>
        <translation>Layout &apos;{name}&apos; deleted.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Pilih berkas daftar yang sudah ada di desa (Excel .xlsx/.xls, LibreOffice .ods atau CSV). Judul di atas tabel, baris nomor kolom, baris JUMLAH dan tanda tangan Kepala Desa dikenali sendiri dan tidak ikut diimpor. Belum ada data yang disimpan sampai langkah terakhir.</source>
        <translation>Choose a list file the village already has (Excel .xlsx/.xls, LibreOffice .ods or CSV). The title above the table, the column-number row, the JUMLAH (totals) row and the village head&apos;s signature are recognised automatically and are not imported. Nothing is saved until the last step.</translation>
    </message>
    <message>
        <source>&amp;Berkas:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Klik &apos;Pilih Berkas...&apos; atau ketik lokasi berkas lalu tekan Enter</source>
        <translation>Click &apos;Browse...&apos; or type the file location and press Enter</translation>
    </message>
    <message>
        <source>&amp;Pilih Berkas...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Lembar (sheet):</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Tips: NIK yang di Excel tersimpan sebagai angka (misalnya tampil 3,50305E+15) tetap diimpor, tetapi ditandai &apos;perlu perbaikan&apos; karena angka terakhirnya bisa salah. Cocokkan dengan KTP/KK.</source>
        <translation>Tip: a NIK stored in Excel as a number (shown e.g. as 3,50305E+15) is still imported, but marked &apos;needs fixing&apos; because its last digits may be wrong. Check it against the KTP/KK.</translation>
    </message>
    <message>
        <source>Membaca {name}...</source>
        <translation>Reading {name}...</translation>
    </message>
    <message>
        <source>Pembacaan berkas dibatalkan.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message>
        <source>Tidak ada data yang diubah. Pilih berkas lain atau perbaiki berkas ini, lalu coba lagi.</source>
        <translation>No data was changed. Choose another file or fix this one, then try again.</translation>
    </message>
    <message>
        <source>Membaca lembar {name}...</source>
        <translation>Reading sheet {name}...</translation>
    </message>
    <message numerus="yes">
        <source>Lembar &apos;{sheet}&apos;: %n baris terisi.</source>
        <translation>
            <numerusform>Sheet &apos;{sheet}&apos;: %n filled row.</numerusform>
            <numerusform>Sheet &apos;{sheet}&apos;: %n filled rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judul kolom ditemukan di baris {row}; %n baris data akan diperiksa.</source>
        <translation>
            <numerusform>Column headings found in row {row}; %n data row will be checked.</numerusform>
            <numerusform>Column headings found in row {row}; %n data rows will be checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kolom yang dikenali: {cols}.</source>
        <translation>Recognised columns: {cols}.</translation>
    </message>
    <message>
        <source>Tidak ikut diimpor: {rows}.</source>
        <translation>Not imported: {rows}.</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>Operator desa membacakan sidik jari desa kepada petugas Disperinaker, kelompok demi kelompok; petugas mengetiknya di SIPERA kabupaten saat mendaftarkan desa.</source>
        <translation>The village operator reads the village fingerprint aloud to the Disperinaker officer, group by group; the officer types it into the district SIPERA when enrolling the village.</translation>
    </message>
    <message>
        <source>Petugas Disperinaker membacakan sidik jari kunci kabupaten kepada operator desa; operator desa mengetiknya saat mengimpor konfigurasi kabupaten pertama kali.</source>
        <translation>The Disperinaker officer reads the district key fingerprint aloud to the village operator; the village operator types it when importing the district configuration for the first time.</translation>
    </message>
</context>
<context>
    <name>FingerprintEntry</name>
    <message>
        <source>Terketik {n} dari 24 huruf/angka (tanda &apos;-&apos; dan spasi boleh).</source>
        <translation>{n} of 24 letters/digits typed (&apos;-&apos; and spaces are allowed).</translation>
    </message>
    <message>
        <source>✔ Cocok.</source>
        <translation>✔ Matches.</translation>
    </message>
    <message>
        <source>✖ Tidak cocok. Periksa lagi kelompok demi kelompok. Bila tetap berbeda, jangan lanjutkan: berkas ini mungkin bukan dari pihak yang benar.</source>
        <translation>✖ Does not match. Check again group by group. If it is still different, do not continue: this file may not come from the right sender.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>SIPERA - Persiapan pertama</source>
        <translation>SIPERA - First-time setup</translation>
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Profil gagal dibuat: %1. Periksa ruang disk dan izin folder %2, lalu coba lagi.</source>
        <translation>The profile could not be created: %1. Check the free disk space and the permissions of folder %2, then try again.</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Pilih folder di flashdisk...</source>
        <translation>Choose a folder on the flash drive...</translation>
    </message>
    <message>
        <source>Pilih Folder...</source>
        <translation>Choose folder...</translation>
    </message>
    <message>
        <source>Pilih folder tujuan (flashdisk)</source>
        <translation>Choose the target folder (flash drive)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Dipulihkan</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Dibuat (data contoh)</source>
        <translation>Created (demo data)</translation>
    </message>
    <message>
        <source>Digabung dari paket</source>
        <translation>Merged from a package</translation>
    </message>
    <message>
        <source>Hasil dari kabupaten</source>
        <translation>Result from the district</translation>
    </message>
    <message>
        <source>Data gandanya dihapus</source>
        <translation>Its duplicate was deleted</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>NIK dari angka Excel</source>
        <translation>NIK from an Excel number</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gelar</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Pekerjaan lain</source>
        <translation>Other occupation</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Mulai kepesertaan</source>
        <translation>Coverage start</translation>
    </message>
    <message>
        <source>Akhir kepesertaan</source>
        <translation>Coverage end</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Alasan hapus</source>
        <translation>Reason for deletion</translation>
    </message>
    <message>
        <source>Duplikat dari data</source>
        <translation>Duplicate of record</translation>
    </message>
    <message>
        <source>Data ganda yang dihapus</source>
        <translation>Duplicate record deleted</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Riwayat - {name}</source>
        <translation>History - {name}</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Simpan &amp;Laporan per Baris...</source>
        <translation>Save row-by-row &amp;report...</translation>
    </message>
    <message>
        <source>Mengimpor {name}...</source>
        <translation>Importing {name}...</translation>
    </message>
    <message>
        <source>Membuat cadangan data sebelum impor...</source>
        <translation>Backing up the data before importing...</translation>
    </message>
    <message numerus="yes">
        <source>Mengimpor %n baris...</source>
        <translation>
            <numerusform>Importing %n row...</numerusform>
            <numerusform>Importing %n rows...</numerusform>
        </translation>
    </message>
    <message>
        <source>Impor dibatalkan. Tidak ada data yang disimpan: data desa tetap seperti sebelum impor.</source>
        <translation>Import cancelled. Nothing was saved: the village data is as it was before the import.</translation>
    </message>
    <message>
        <source>Impor gagal. Tidak ada data yang disimpan.</source>
        <translation>Import failed. Nothing was saved.</translation>
    </message>
    <message>
        <source>Klik &apos;Kembali&apos; untuk melihat pratinjau lagi, atau &apos;Tutup&apos; untuk keluar.</source>
        <translation>Click &apos;Back&apos; to see the preview again, or &apos;Close&apos; to leave.</translation>
    </message>
    <message>
        <source>Impor selesai. Data sudah tersimpan.</source>
        <translation>Import finished. The data is saved.</translation>
    </message>
    <message>
        <source>Simpan laporan per baris untuk memperbaiki berkas sumber. Bila ternyata salah berkas, impor ini bisa dibatalkan lewat menu Berkas › Batalkan Impor Terakhir selama datanya belum diubah.</source>
        <translation>Save the row-by-row report to fix the source file. If it turns out to be the wrong file, this import can be undone with File › Undo last import as long as the records have not been changed.</translation>
    </message>
    <message>
        <source>Cadangan sebelum impor: {path}</source>
        <translation>Backup before the import: {path}</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <source>judul di atas tabel</source>
        <translation>title above the table</translation>
    </message>
    <message>
        <source>baris nomor kolom</source>
        <translation>column-number row</translation>
    </message>
    <message>
        <source>baris jumlah</source>
        <translation>totals row</translation>
    </message>
    <message>
        <source>blok tanda tangan</source>
        <translation>signature block</translation>
    </message>
    <message>
        <source>bukan baris data</source>
        <translation>not a data row</translation>
    </message>
    <message>
        <source>penanda akhir data (###)</source>
        <translation>end-of-data marker (###)</translation>
    </message>
    <message>
        <source>di bawah penanda akhir data</source>
        <translation>below the end-of-data marker</translation>
    </message>
    <message>
        <source>baris kepala keluarga</source>
        <translation>family header row</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Tidak dipilih</source>
        <translation>Not picked</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gelar</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Tempat, tanggal lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Jenis kelamin: kolom L</source>
        <translation>Sex: column L (male)</translation>
    </message>
    <message>
        <source>Jenis kelamin: kolom P</source>
        <translation>Sex: column P (female)</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Dusun/lingkungan</source>
        <translation>Hamlet (dusun/lingkungan)</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status penduduk</source>
        <translation>Population status</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>baris {rows}: {reason}</source>
        <translation>
            <numerusform>row {rows}: {reason}</numerusform>
            <numerusform>rows {rows}: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas ini terlalu besar untuk dibaca dengan memori komputer ini. Bagi daftarnya menjadi beberapa berkas yang lebih kecil, lalu impor satu per satu.</source>
        <translation>This file is too large to read with this computer&apos;s memory. Split the list into several smaller files, then import them one by one.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa dibuka atau ditulis ({detail}). Periksa apakah berkas itu masih ada dan tidak sedang dibuka di Excel, lalu ulangi.</source>
        <translation>The file could not be opened or written ({detail}). Check that the file still exists and is not open in Excel, then try again.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga ({name}: {detail}). Data yang sudah tersimpan tetap aman; ulangi langkah terakhir.</source>
        <translation>An unexpected error occurred ({name}: {detail}). Data already saved is safe; repeat the last step.</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Impor Daftar dari Excel</source>
        <translation>Import a list from Excel</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Impor Sekarang</source>
        <translation>&amp;Import now</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>1. Pilih berkas dan lembar</source>
        <translation>1. Choose the file and sheet</translation>
    </message>
    <message>
        <source>2. Cocokkan kolom</source>
        <translation>2. Match the columns</translation>
    </message>
    <message>
        <source>3. Pratinjau: apa yang akan terjadi pada setiap baris</source>
        <translation>3. Preview: what will happen to each row</translation>
    </message>
    <message>
        <source>4. Impor</source>
        <translation>4. Import</translation>
    </message>
    <message>
        <source>Pilih daftar yang akan diimpor</source>
        <translation>Choose the list to import</translation>
    </message>
    <message>
        <source>Daftar (Excel, LibreOffice, CSV) ({patterns});;Semua berkas (*)</source>
        <translation>Lists (Excel, LibreOffice, CSV) ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Batalkan impor terakhir?</source>
        <translation>Undo the last import?</translation>
    </message>
    <message>
        <source>Batalkan Impor</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Jangan</source>
        <translation>Don&apos;t undo</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Membatalkan...</source>
        <translation>Cancelling...</translation>
    </message>
    <message>
        <source>Berkas {path} tidak ada.</source>
        <translation>File {path} does not exist.</translation>
    </message>
    <message>
        <source>Judul kolom (NIK, NAMA, ...) tidak ditemukan. Di langkah berikutnya pilih baris judul kolom dan cocokkan kolomnya sendiri.</source>
        <translation>No column headings (NIK, NAMA, ...) found. In the next step, choose the heading row and match the columns yourself.</translation>
    </message>
    <message>
        <source>Dikenali sebagai: {source}.</source>
        <translation>Recognised as: {source}.</translation>
    </message>
    <message>
        <source>Akan terjadi: {created} ditambahkan, {updated} diperbarui, {skipped} dilewati, {rejected} ditolak.</source>
        <translation>What will happen: {created} added, {updated} updated, {skipped} skipped, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Hasil impor: {created} ditambahkan, {updated} diperbarui, {skipped} dilewati, {rejected} ditolak.</source>
        <translation>Import result: {created} added, {updated} updated, {skipped} skipped, {rejected} rejected.</translation>
    </message>
    <message numerus="yes">
        <source>%n data punya kesalahan: tetap diimpor dengan status &apos;perlu perbaikan&apos; agar tidak ada yang hilang, tetapi tidak ikut dikirim sampai diperbaiki.</source>
        <translation>
            <numerusform>%n record has errors: it is still imported with status &apos;needs fixing&apos; so that nothing is lost, but it is not sent until it is fixed.</numerusform>
            <numerusform>%n records have errors: they are still imported with status &apos;needs fixing&apos; so that nothing is lost, but they are not sent until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baris lain tidak ikut diimpor (judul, nomor kolom, JUMLAH, tanda tangan).</source>
        <translation>
            <numerusform>%n other row is not imported (title, column numbers, JUMLAH totals, signature).</numerusform>
            <numerusform>%n other rows are not imported (title, column numbers, JUMLAH totals, signature).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orang tidak dipilih sebagai calon; alasannya ada di laporan per baris.</source>
        <translation>
            <numerusform>%n person not picked as a candidate; the reason is in the per-row report.</numerusform>
            <numerusform>%n people not picked as candidates; the reasons are in the per-row report.</numerusform>
        </translation>
    </message>
    <message>
        <source>pratinjau</source>
        <translation>preview</translation>
    </message>
    <message>
        <source>hasil</source>
        <translation>result</translation>
    </message>
    <message>
        <source>Laporan impor {kind} - {name}.xlsx</source>
        <translation>Import {kind} report - {name}.xlsx</translation>
    </message>
    <message>
        <source>Menyimpan laporan...</source>
        <translation>Saving the report...</translation>
    </message>
    <message>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Sudah pernah</source>
        <translation>Already merged</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Sama</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Lebih lama</source>
        <translation>Older</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kasus baru</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Simpan semua lampiran email dan isi flashdisk dari desa dalam satu folder, lalu pilih folder itu (atau seret berkasnya ke sini). Setiap paket diperiksa keasliannya dan digabung sendiri-sendiri; paket yang ditolak tidak mengubah apa pun. Cadangan data dibuat sekali sebelum penggabungan.</source>
        <translation>Save all the email attachments and flash drive contents from the villages in one folder, then choose that folder (or drag the files here). Every package is checked for authenticity and merged on its own; a refused package changes nothing. A backup is made once before merging.</translation>
    </message>
    <message>
        <source>Pilih Folder Paket...</source>
        <translation>Choose Package Folder...</translation>
    </message>
    <message>
        <source>Pilih Berkas Paket...</source>
        <translation>Choose Package Files...</translation>
    </message>
    <message>
        <source>Paket yang sudah pernah digabung tidak mengubah apa pun; paket yang hilang disebutkan nomornya agar desa bisa mengirim ulang.</source>
        <translation>A package merged before changes nothing; missing packages are named by number so the village can send them again.</translation>
    </message>
    <message>
        <source>Pilih folder berisi paket desa</source>
        <translation>Choose the folder with the village packages</translation>
    </message>
    <message>
        <source>Pilih paket desa</source>
        <translation>Choose village packages</translation>
    </message>
    <message>
        <source>Paket SIPERA (*.sipera);;Semua berkas (*)</source>
        <translation>SIPERA packages (*.sipera);;All files (*)</translation>
    </message>
    <message>
        <source>Menggabungkan paket desa...</source>
        <translation>Merging village packages...</translation>
    </message>
    <message>
        <source>Paket tidak digabung</source>
        <translation>Packages not merged</translation>
    </message>
    <message>
        <source>Belum ada paket yang digabung sejak jendela dibuka.</source>
        <translation>No package merged since the window was opened.</translation>
    </message>
    <message>
        <source>{merged} paket digabung, {refused} ditolak, {again} sudah pernah digabung.</source>
        <translation>{merged} packages merged, {refused} refused, {again} already merged.</translation>
    </message>
    <message>
        <source>Dibatalkan: paket yang tersisa belum digabung.</source>
        <translation>Cancelled: the remaining packages were not merged.</translation>
    </message>
    <message>
        <source>paket nomor {numbers} belum diterima</source>
        <translation>package number {numbers} not received yet</translation>
    </message>
</context>
<context>
    <name>InspectDialog</name>
    <message>
        <source>Periksa Paket</source>
        <translation>Inspect package</translation>
    </message>
    <message>
        <source>Memeriksa paket...</source>
        <translation>Inspecting the package...</translation>
    </message>
    <message>
        <source>Cocokkan dengan sidik berkas yang tercetak di Berita Acara.</source>
        <translation>Compare it with the file checksum printed on the handover report (berita acara).</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Jenis paket:</source>
        <translation>Package type:</translation>
    </message>
    <message>
        <source>Pengirim:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>Nomor paket:</source>
        <translation>Package no.:</translation>
    </message>
    <message>
        <source>Dibuat:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Isi:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <source>Tanda tangan:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Sidik jari pengirim:</source>
        <translation>Sender fingerprint:</translation>
    </message>
    <message>
        <source>Sidik berkas:</source>
        <translation>File checksum:</translation>
    </message>
    <message>
        <source>Pemeriksaan ini tidak mengubah data apa pun.</source>
        <translation>This inspection does not change any data.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Paket tidak dapat diperiksa</source>
        <translation>The package could not be inspected</translation>
    </message>
    <message>
        <source>✔ Paket sah dan utuh</source>
        <translation>✔ Package is authentic and intact</translation>
    </message>
    <message>
        <source>Paket utuh, tetapi pengirimnya belum dikenal</source>
        <translation>Package is intact, but the sender is not known yet</translation>
    </message>
    <message>
        <source>Paket utuh, tetapi kunci pengirim belum dikenal</source>
        <translation>Package is intact, but the sender&apos;s key is not known yet</translation>
    </message>
    <message>
        <source>✖ Kunci pengirim sudah dicabut: paket tidak diterima</source>
        <translation>✖ The sender&apos;s key has been revoked: package not accepted</translation>
    </message>
    <message>
        <source>✖ TIDAK SAH: jangan pakai paket ini</source>
        <translation>✖ NOT AUTHENTIC: do not use this package</translation>
    </message>
    <message>
        <source>Masalah: {message}</source>
        <translation>Problem: {message}</translation>
    </message>
    <message>
        <source>Desa/Kelurahan {code}</source>
        <translation>Village {code}</translation>
    </message>
    <message>
        <source>Kabupaten/Kota {code}</source>
        <translation>District {code}</translation>
    </message>
    <message>
        <source> (kunci SIPERA ini sendiri)</source>
        <translation> (this SIPERA&apos;s own key)</translation>
    </message>
    <message>
        <source>, tetapi isi paket tidak utuh (lihat masalah di atas)</source>
        <translation>, but the package contents are not intact (see the problem above)</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>NIK belum diisi.</source>
        <translation>NIK is missing.</translation>
    </message>
    <message>
        <source>NIK harus 16 angka (terisi {length} angka).</source>
        <translation>The NIK must have 16 digits ({length} entered).</translation>
    </message>
    <message>
        <source>NIK tersimpan sebagai angka di Excel: angka terakhirnya tidak bisa dipercaya. Ketik ulang dari KTP/KK.</source>
        <translation>The NIK was stored as a number in Excel: its last digit cannot be trusted. Retype it from the KTP/KK.</translation>
    </message>
    <message>
        <source>Dua angka pertama NIK ({code}) bukan kode provinsi.</source>
        <translation>The first two digits of the NIK ({code}) are not a province code.</translation>
    </message>
    <message>
        <source>Kode kabupaten atau kecamatan di NIK tidak boleh 00.</source>
        <translation>The district or subdistrict code in the NIK must not be 00.</translation>
    </message>
    <message>
        <source>Bagian tanggal lahir di NIK ({part}) bukan tanggal yang mungkin.</source>
        <translation>The birth date part of the NIK ({part}) is not a possible date.</translation>
    </message>
    <message>
        <source>Nomor urut NIK (4 angka terakhir) tidak boleh 0000.</source>
        <translation>The NIK serial number (last 4 digits) must not be 0000.</translation>
    </message>
    <message>
        <source>Kode wilayah NIK {code} tidak ada di daftar Kemendagri saat ini (mungkin kode lama sebelum pemekaran).</source>
        <translation>The NIK region code {code} is not in the current Kemendagri list (it may be an old code from before a region split).</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal lahir yang diisi ({entered}).</source>
        <translation>The birth date in the NIK ({nik_date}) differs from the birth date entered ({entered}).</translation>
    </message>
    <message>
        <source>Jenis kelamin menurut NIK ({nik_sex}) berbeda dengan yang diisi ({entered}).</source>
        <translation>The sex according to the NIK ({nik_sex}) differs from the one entered ({entered}).</translation>
    </message>
    <message>
        <source>NIK ini sudah dipakai oleh {name} di desa ini.</source>
        <translation>This NIK is already used by {name} in this village.</translation>
    </message>
    <message>
        <source>Nomor KK tidak valid: {reason}.</source>
        <translation>The family card (KK) number is not valid: {reason}.</translation>
    </message>
    <message>
        <source>Nama belum diisi.</source>
        <translation>Name is missing.</translation>
    </message>
    <message>
        <source>Tanggal lahir belum diisi.</source>
        <translation>Birth date is missing.</translation>
    </message>
    <message>
        <source>Umur {age} tahun pada awal kepesertaan, di luar batas {min_age}-{max_age} tahun.</source>
        <translation>Age {age} at the start of coverage, outside the limit of {min_age}-{max_age} years.</translation>
    </message>
    <message>
        <source>Nomor HP tidak dikenal sebagai nomor seluler: {value}.</source>
        <translation>The phone number is not recognised as a mobile number: {value}.</translation>
    </message>
    <message>
        <source>Mungkin orang yang sama dengan {name} (NIK {nik}).</source>
        <translation>Possibly the same person as {name} (NIK {nik}).</translation>
    </message>
    <message>
        <source>NIK ini juga terdaftar aktif di desa lain ({desa}).</source>
        <translation>This NIK is also active in another village ({desa}).</translation>
    </message>
    <message>
        <source>Jenis kelamin belum diisi (L/P).</source>
        <translation>Sex is missing (L/P).</translation>
    </message>
    <message>
        <source>Pekerjaan belum diisi; pekerjaanlah yang menentukan seseorang pekerja rentan.</source>
        <translation>Occupation not filled in; the occupation is what makes a person a vulnerable worker.</translation>
    </message>
    <message>
        <source>Pekerjaan &apos;lainnya&apos; dipilih tetapi keterangannya kosong.</source>
        <translation>Occupation &apos;other&apos; was chosen but its description is empty.</translation>
    </message>
    <message>
        <source>Tanggal lahir ({value}) ada di masa depan.</source>
        <translation>The birth date ({value}) is in the future.</translation>
    </message>
    <message>
        <source>Akhir kepesertaan ({end}) sebelum awal kepesertaan ({start}).</source>
        <translation>The end of coverage ({end}) is before the start of coverage ({start}).</translation>
    </message>
    <message>
        <source>Isian {label} terlalu panjang ({length} karakter; paling banyak {limit}). Persingkat isinya.</source>
        <translation>The {label} field is too long ({length} characters; at most {limit}). Shorten it.</translation>
    </message>
    <message>
        <source>DBHCHT hanya untuk pekerja sektor tembakau; pekerjaan tercatat: {occupation}.</source>
        <translation>DBHCHT is only for tobacco-sector workers; recorded occupation: {occupation}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mode Desa/Kelurahan</source>
        <translation>Village mode</translation>
    </message>
    <message>
        <source>Mode Kabupaten</source>
        <translation>District mode</translation>
    </message>
    <message>
        <source>SIPERA - {name} ({mode})</source>
        <translation>SIPERA - {name} ({mode})</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Data &amp;Baru</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>Tambah data pekerja baru (Ctrl+N)</source>
        <translation>Add a new worker record (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Hapus...</source>
        <translation>&amp;Delete...</translation>
    </message>
    <message>
        <source>&amp;Pulihkan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Riwayat</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Pengaturan...</source>
        <translation>Settings...</translation>
    </message>
    <message>
        <source>Cari NIK, nama, atau alamat... (Ctrl+F)</source>
        <translation>Search NIK, name or address... (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ketik sebagian NIK, nama, alamat atau nomor HP</source>
        <translation>Type part of a NIK, name, address or phone number</translation>
    </message>
    <message>
        <source>Tampilkan data menurut status</source>
        <translation>Show records by status</translation>
    </message>
    <message>
        <source>Semua RT</source>
        <translation>All RT</translation>
    </message>
    <message>
        <source>Semua RW</source>
        <translation>All RW</translation>
    </message>
    <message>
        <source>Semua dusun</source>
        <translation>All hamlets</translation>
    </message>
    <message>
        <source>Semua pekerjaan</source>
        <translation>All occupations</translation>
    </message>
    <message>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>+ Data Baru</source>
        <translation>+ New record</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Buka data terpilih (Enter atau klik dua kali)</source>
        <translation>Open the selected record (Enter or double-click)</translation>
    </message>
    <message>
        <source>Hapus...</source>
        <translation>Delete...</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Data Pekerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Operator: {name}</translation>
    </message>
    <message>
        <source>{n} data</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>{n}+ data, memuat...</source>
        <translation>{n}+ records, loading...</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Perlu perbaikan</source>
        <translation>Needs fixing</translation>
    </message>
    <message>
        <source>Dalam paket</source>
        <translation>In a package</translation>
    </message>
    <message>
        <source>Diterima kabupaten</source>
        <translation>Received by the district</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Siap kirim</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ada peringatan</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Terhapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Cari data &amp;ganda...</source>
        <translation>Find &amp;duplicates...</translation>
    </message>
    <message>
        <source>Periksa pasangan data yang mungkin orang yang sama dan putuskan</source>
        <translation>Check pairs of records that may be the same person and decide</translation>
    </message>
    <message>
        <source>Belum ada data dipilih</source>
        <translation>No record selected</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat rinciannya, atau tekan Ctrl+N untuk menambah data baru.</source>
        <translation>Select a row to see its details, or press Ctrl+N to add a new record.</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Ditolak kabupaten</source>
        <translation>Rejected by the district</translation>
    </message>
    <message>
        <source>Kabupaten minta perbaikan</source>
        <translation>The district asks for a correction</translation>
    </message>
    <message>
        <source>Diverifikasi kabupaten</source>
        <translation>Verified by the district</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>Gelar</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tempat, tgl. lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Kepesertaan</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Dukcapil</source>
        <translation>Dukcapil</translation>
    </message>
    <message>
        <source>Padan</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Tidak padan</source>
        <translation>Not matched</translation>
    </message>
    <message>
        <source>BPJS</source>
        <translation>BPJS</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>No. KPJ</source>
        <translation>KPJ no.</translation>
    </message>
    <message>
        <source>Diubah {when} oleh {who}</source>
        <translation>Changed {when} by {who}</translation>
    </message>
    <message>
        <source>Data ini sudah dihapus. Pulihkan dulu sebelum mengubahnya.</source>
        <translation>This record has been deleted. Restore it before changing it.</translation>
    </message>
    <message>
        <source>Data {name} dihapus.</source>
        <translation>Record {name} deleted.</translation>
    </message>
    <message>
        <source>Data {name} dipulihkan.</source>
        <translation>Record {name} restored.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Periksa kolom mana berisi apa. Setiap kolom di berkas punya satu baris di tabel ini; ubah pilihan &apos;Diimpor sebagai&apos; bila salah, atau pilih &apos;(abaikan)&apos; untuk kolom yang tidak perlu diimpor. ⚠ pada contoh: angka panjang yang disimpan Excel sebagai bilangan (angka terakhirnya bisa salah).</source>
        <translation>Check which column holds what. Each column in the file has one row in this table; change &apos;Imported as&apos; if it is wrong, or choose &apos;(ignore)&apos; for columns that need not be imported. ⚠ in a sample: a long number stored by Excel as a numeric value (its last digits may be wrong).</translation>
    </message>
    <message>
        <source>Judul kolom ada di &amp;baris:</source>
        <translation>Column headings are in &amp;row:</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Judul di berkas</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>Contoh %1</source>
        <translation>Sample %1</translation>
    </message>
    <message>
        <source>Diimpor sebagai</source>
        <translation>Imported as</translation>
    </message>
    <message numerus="yes">
        <source>Data: baris {first} sampai {last} (%n baris)</source>
        <translation>
            <numerusform>Data: rows {first} to {last} (%n row)</numerusform>
            <numerusform>Data: rows {first} to {last} (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada baris data di bawah judul kolom ini.</source>
        <translation>There are no data rows below these column headings.</translation>
    </message>
    <message>
        <source>(tanpa judul)</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>Tersimpan sebagai angka di Excel: angka terakhirnya bisa salah.</source>
        <translation>Stored as a number in Excel: the last digits may be wrong.</translation>
    </message>
    <message>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Baris yang tidak ikut diimpor: {rows}.</source>
        <translation>Rows not imported: {rows}.</translation>
    </message>
    <message>
        <source>Semua baris di bawah judul kolom dianggap data.</source>
        <translation>All rows below the column headings are treated as data.</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; dipindah dari kolom {old} ke kolom {new}; kolom {old} sekarang diabaikan.</source>
        <translation>&apos;{target}&apos; moved from column {old} to column {new}; column {old} is now ignored.</translation>
    </message>
    <message>
        <source>Pilih setidaknya kolom NIK atau Nama untuk melanjutkan.</source>
        <translation>Choose at least the NIK or Name column to continue.</translation>
    </message>
    <message>
        <source>Belum ada kolom yang diimpor sebagai {target}.</source>
        <translation>No column is imported as {target} yet.</translation>
    </message>
    <message>
        <source>Membaca ulang judul kolom...</source>
        <translation>Reading the column headings again...</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Selamat datang di SIPERA</source>
        <translation>Welcome to SIPERA</translation>
    </message>
    <message>
        <source>Pilih untuk siapa komputer ini dipakai. Pilihan ini tidak bisa diubah nanti.</source>
        <translation>Choose who this computer is used for. This choice cannot be changed later.</translation>
    </message>
    <message>
        <source>Mode Desa/Kelurahan</source>
        <translation>Village mode (desa/kelurahan)</translation>
    </message>
    <message>
        <source>Operator desa atau kelurahan mendata pekerja rentan (By Name By Address), memperbaiki data, lalu mengirim paket data ke kabupaten lewat flashdisk atau email.</source>
        <translation>The village operator registers vulnerable workers (By Name By Address), corrects the data, then sends data packages to the district on a USB stick or by email.</translation>
    </message>
    <message>
        <source>Mode Kabupaten/Kota (Disperinaker/Distransnaker)</source>
        <translation>District mode (kabupaten/kota labour office)</translation>
    </message>
    <message>
        <source>Dinas di kabupaten/kota menerima paket dari desa, menggabungkan, memverifikasi, dan mengirim umpan balik ke desa.</source>
        <translation>The district office receives packages from the villages, merges and verifies them, and sends feedback to the villages.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Pilih operator</source>
        <translation>Choose operator</translation>
    </message>
    <message>
        <source>Siapa yang bekerja sekarang? Namanya dicatat pada setiap perubahan data.</source>
        <translation>Who is working now? The name is recorded with every change.</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>Nama operator</source>
        <translation>Operator names</translation>
    </message>
    <message>
        <source>Siapa yang akan mengisi data di komputer ini? Nama operator dicatat pada setiap perubahan data. Tambahkan semua petugas; yang pertama dipakai sekarang.</source>
        <translation>Who will enter data on this computer? The operator&apos;s name is recorded with every change. Add all staff; the first one is used now.</translation>
    </message>
    <message>
        <source>Simpan dan siapkan</source>
        <translation>Save and set up</translation>
    </message>
    <message>
        <source>Nama lengkap operator</source>
        <translation>Operator&apos;s full name</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Hapus dari daftar</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>Isi minimal satu nama operator.</source>
        <translation>Enter at least one operator name.</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <source>Ringkasan data</source>
        <translation>Data overview</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Data aktif</source>
        <translation>Active records</translation>
    </message>
    <message>
        <source>Perlu perbaikan</source>
        <translation>Needs fixing</translation>
    </message>
    <message>
        <source>Ada peringatan</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <source>Siap kirim</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>Dalam paket</source>
        <translation>In a package</translation>
    </message>
    <message>
        <source>Perkiraan anggaran</source>
        <translation>Estimated budget</translation>
    </message>
    <message>
        <source>Status data</source>
        <translation>Record status</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Kelompok umur (pada awal kepesertaan)</source>
        <translation>Age group (at start of coverage)</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Dusun/lingkungan</source>
        <translation>Hamlet (dusun/lingkungan)</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Per desa/kelurahan</source>
        <translation>Per village</translation>
    </message>
    <message>
        <source>Perkiraan anggaran iuran (JKK + JKM)</source>
        <translation>Estimated contribution budget (JKK + JKM)</translation>
    </message>
    <message>
        <source>Per sumber dana</source>
        <translation>By funding source</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Periode kepesertaan</source>
        <translation>Coverage period</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Iuran/bulan</source>
        <translation>Contribution/month</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Menghitung...</source>
        <translation>Calculating...</translation>
    </message>
    <message>
        <source>Ringkasan gagal dihitung: %1. Coba tekan Muat ulang.</source>
        <translation>The overview could not be calculated: %1. Try pressing Reload.</translation>
    </message>
    <message>
        <source>terhapus: %1</source>
        <translation>deleted: %1</translation>
    </message>
    <message>
        <source>belum ikut paket data</source>
        <translation>held back from data packages</translation>
    </message>
    <message>
        <source>tetap ikut terkirim</source>
        <translation>still sent</translation>
    </message>
    <message>
        <source>belum dikirim</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>ditolak: %1</source>
        <translation>rejected: %1</translation>
    </message>
    <message>
        <source>%1 peserta</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>Dihitung pukul %1</source>
        <translation>Calculated at %1</translation>
    </message>
    <message>
        <source>Tanpa tanggal lahir</source>
        <translation>No birth date</translation>
    </message>
    <message>
        <source>di bawah %1 th</source>
        <translation>under %1 yrs</translation>
    </message>
    <message>
        <source>di atas %1 th</source>
        <translation>over %1 yrs</translation>
    </message>
    <message>
        <source>%1 th</source>
        <translation>%1 yrs</translation>
    </message>
    <message>
        <source>Peserta x bulan x iuran %1 per orang per bulan. Periode bawaan %2 s.d. %3 (%4 bulan); data yang ditolak atau terhapus tidak dihitung. Data yang punya periode sendiri dihitung dengan periodenya.</source>
        <translation>Participants x months x contribution of %1 per person per month. Default period %2 to %3 (%4 months); rejected or deleted records are not counted. Records with their own coverage period are counted with that period.</translation>
    </message>
    <message>
        <source>Sumber dana belum diisi</source>
        <translation>Funding source not filled in</translation>
    </message>
    <message>
        <source>periode belum ada</source>
        <translation>no period yet</translation>
    </message>
</context>
<context>
    <name>PackageHistoryDialog</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Riwayat Paket</source>
        <translation>Package history</translation>
    </message>
    <message>
        <source>Semua paket yang pernah dikirim dan diterima SIPERA ini. Salinan setiap paket dan Berita Acaranya disimpan di folder data.</source>
        <translation>All packages this SIPERA has ever sent and received. A copy of each package and its handover report (berita acara) is kept in the data folder.</translation>
    </message>
    <message>
        <source>Belum ada paket yang dikirim atau diterima.</source>
        <translation>No packages sent or received yet.</translation>
    </message>
    <message>
        <source>Buka Berita Acara</source>
        <translation>Open handover report</translation>
    </message>
    <message>
        <source>Periksa Paket</source>
        <translation>Inspect package</translation>
    </message>
    <message>
        <source>Lihat Isi Paket</source>
        <translation>View package contents</translation>
    </message>
    <message>
        <source>Daftar nama dan NIK dalam paket data yang dikirim desa ini.</source>
        <translation>The names and NIKs in the data package this village sent.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Umpan balik kabupaten nomor {seq}: {receipt}</source>
        <translation>District feedback number {seq}: {receipt}</translation>
    </message>
    <message>
        <source>Berita Acara tidak bisa dibuka. Berkasnya ada di {path}.</source>
        <translation>The handover report could not be opened. The file is at {path}.</translation>
    </message>
    <message>
        <source>Membuka paket...</source>
        <translation>Opening the package...</translation>
    </message>
</context>
<context>
    <name>PaymentsMenu</name>
    <message>
        <source>Pe&amp;mbayaran</source>
        <translation>Pay&amp;ment</translation>
    </message>
    <message>
        <source>Impor Hasil Dukcapil / BPJS...</source>
        <translation>Import Dukcapil / BPJS Results...</translation>
    </message>
    <message>
        <source>Kode Iuran...</source>
        <translation>Payment Batches...</translation>
    </message>
    <message>
        <source>Anggaran dan Rekap...</source>
        <translation>Budget and Recaps...</translation>
    </message>
</context>
<context>
    <name>Pesan</name>
    <message>
        <source>Sebagian data dari impor ini sudah diubah, dihapus atau dikirim sejak diimpor.</source>
        <translation>Some records from this import have been changed, deleted or sent since they were imported.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak ada.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>tersimpan sebagai angka di Excel, angka terakhirnya tidak bisa dipercaya</source>
        <translation>stored as a number in Excel, its last digits cannot be trusted</translation>
    </message>
    <message>
        <source>harus 16 angka (terisi {digits} angka)</source>
        <translation>must be 16 digits ({digits} digits entered)</translation>
    </message>
    <message>
        <source>nomor urut 0000</source>
        <translation>serial number 0000</translation>
    </message>
    <message>
        <source>kode provinsi {code} tidak dikenal</source>
        <translation>province code {code} is unknown</translation>
    </message>
    <message>
        <source>kode kabupaten atau kecamatan 00</source>
        <translation>regency or district code 00</translation>
    </message>
    <message>
        <source>bagian tanggal terbit ({part}) bukan tanggal yang mungkin</source>
        <translation>the issue date part ({part}) is not a possible date</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>{first}; {second}; {third}</source>
        <translation>{first}; {second}; {third}</translation>
    </message>
    <message>
        <source>bukan tanggal</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>29-02-1900 tidak ada (bug tanggal Excel)</source>
        <translation>29-02-1900 does not exist (an Excel date bug)</translation>
    </message>
    <message>
        <source>angka {number} bukan tanggal Excel yang masuk akal</source>
        <translation>the number {number} is not a sensible Excel date</translation>
    </message>
    <message>
        <source>bulan {month} tidak ada (urutan yang dipakai: tanggal-bulan-tahun)</source>
        <translation>there is no month {month} (the order used is day-month-year)</translation>
    </message>
    <message>
        <source>tahun {year} di luar jangkauan {first}-{last}</source>
        <translation>the year {year} is outside the range {first}-{last}</translation>
    </message>
    <message>
        <source>tanggal {date} tidak ada</source>
        <translation>the date {date} does not exist</translation>
    </message>
    <message>
        <source>tahun dua angka &apos;{year}&apos; tidak jelas abadnya</source>
        <translation>the century of the two-digit year &apos;{year}&apos; is unclear</translation>
    </message>
    <message>
        <source>angka {number} bukan tanggal</source>
        <translation>the number {number} is not a date</translation>
    </message>
    <message>
        <source>angka terlalu besar untuk tanggal</source>
        <translation>the number is too large for a date</translation>
    </message>
    <message>
        <source>nama bulan &apos;{month}&apos; tidak dikenal</source>
        <translation>the month name &apos;{month}&apos; is not recognised</translation>
    </message>
    <message>
        <source>format tanggal tidak dikenal</source>
        <translation>the date format is not recognised</translation>
    </message>
    <message>
        <source>Kode wilayah {text} tidak valid: gunakan kode Kemendagri 2, 4, 6 atau 10 angka, misalnya 35, 35.03, 35.03.01 atau 35.03.01.2001.</source>
        <translation>The region code {text} is not valid: use a Kemendagri code of 2, 4, 6 or 10 digits, for example 35, 35.03, 35.03.01 or 35.03.01.2001.</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Minimal satu nama operator harus diisi.</source>
        <translation>Enter at least one operator name.</translation>
    </message>
    <message>
        <source>Folder data {path} belum disiapkan. Jalankan &apos;sipera init desa ...&apos; atau buka jendela SIPERA.</source>
        <translation>The data folder {path} has not been set up yet. Run &apos;sipera init desa ...&apos; or open the SIPERA window.</translation>
    </message>
    <message>
        <source>Folder data {path} belum punya profil desa/kabupaten.</source>
        <translation>The data folder {path} has no village or district profile yet.</translation>
    </message>
    <message>
        <source>Folder data {path} belum punya database; tidak ada yang dicadangkan.</source>
        <translation>The data folder {path} has no database yet; nothing was backed up.</translation>
    </message>
    <message>
        <source>Folder {path} tidak ada atau tidak bisa dibuka. Periksa flashdisk atau pilih folder lain.</source>
        <translation>The folder {path} does not exist or cannot be opened. Check the flash drive or choose another folder.</translation>
    </message>
    <message>
        <source>Cadangan tidak bisa ditulis ke {path} ({reason}). Periksa flashdisk atau folder tujuan, lalu ulangi.</source>
        <translation>The backup cannot be written to {path} ({reason}). Check the flash drive or the destination folder, then try again.</translation>
    </message>
    <message>
        <source>Nama tata letak &apos;{name}&apos; sudah dipakai tata letak bawaan; pilih nama lain.</source>
        <translation>The layout name &apos;{name}&apos; is already used by a built-in layout; choose another name.</translation>
    </message>
    <message>
        <source>Tata letak &apos;{name}&apos; tidak ada. Pilihan: {choices}.</source>
        <translation>There is no layout &apos;{name}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak bisa ditulis: {detail}. Tutup berkas itu di Excel bila sedang terbuka, lalu ulangi.</source>
        <translation>The file {path} cannot be written: {detail}. Close the file in Excel if it is open, then try again.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak bisa ditulis: {detail}.</source>
        <translation>The file {path} cannot be written: {detail}.</translation>
    </message>
    <message>
        <source>Pilihan untuk NIK yang sudah ada harus &apos;skip&apos; (lewati) atau &apos;update&apos; (perbarui).</source>
        <translation>The choice for NIKs that already exist must be &apos;skip&apos; or &apos;update&apos;.</translation>
    </message>
    <message>
        <source>Kolom data (NIK, NAMA, ...) tidak dikenali di berkas ini. {detail}</source>
        <translation>The data columns (NIK, NAME, ...) were not recognised in this file. {detail}</translation>
    </message>
    <message>
        <source>Kolom NIK atau NAMA harus dipilih sebelum impor.</source>
        <translation>The NIK or NAME column must be chosen before importing.</translation>
    </message>
    <message>
        <source>Sebagian data yang diperbarui oleh impor ini sudah diubah atau dikirim sejak diimpor.</source>
        <translation>Some records updated by this import have been changed or sent since they were imported.</translation>
    </message>
    <message>
        <source>Tidak ada impor yang bisa dibatalkan.</source>
        <translation>There is no import that can be undone.</translation>
    </message>
    <message>
        <source>Impor &apos;{file}&apos; tidak bisa dibatalkan: {reason}</source>
        <translation>The import of &apos;{file}&apos; cannot be undone: {reason}</translation>
    </message>
    <message>
        <source>provinsi</source>
        <translation>province</translation>
    </message>
    <message>
        <source>kabupaten</source>
        <translation>district</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>subdistrict</translation>
    </message>
    <message>
        <source>desa</source>
        <translation>village</translation>
    </message>
    <message>
        <source>Gunakan kode desa/kelurahan PP.KK.CC.DDDD.</source>
        <translation>Use a village (desa/kelurahan) code PP.KK.CC.DDDD.</translation>
    </message>
    <message>
        <source>Gunakan kode kabupaten/kota PP.KK.</source>
        <translation>Use a district (kabupaten/kota) code PP.KK.</translation>
    </message>
    <message>
        <source>Mode harus &apos;desa&apos; atau &apos;kabupaten&apos;.</source>
        <translation>The mode must be &apos;desa&apos; (village) or &apos;kabupaten&apos; (district).</translation>
    </message>
    <message>
        <source>Kode wilayah {code} tidak ada di daftar Kemendagri. {hint}</source>
        <translation>The region code {code} is not in the Kemendagri list. {hint}</translation>
    </message>
    <message>
        <source>Kode {code} adalah kode {level}, bukan kode {wanted}. {hint}</source>
        <translation>The code {code} is a {level} code, not a {wanted} code. {hint}</translation>
    </message>
    <message>
        <source>Folder data {path} tidak bisa dipakai: {reason}.</source>
        <translation>The data folder {path} cannot be used: {reason}.</translation>
    </message>
    <message>
        <source>Nama operator harus diisi.</source>
        <translation>Enter the operator&apos;s name.</translation>
    </message>
    <message>
        <source>Folder data {path} sudah disiapkan sebelumnya; tidak ada yang diubah.</source>
        <translation>The data folder {path} has already been set up; nothing was changed.</translation>
    </message>
    <message>
        <source>NIK ini sudah dipakai oleh {name} di desa ini. Buka data yang sudah ada.</source>
        <translation>This NIK is already used by {name} in this village. Open the existing record.</translation>
    </message>
    <message>
        <source>Data ini sudah dihapus. Pulihkan dulu sebelum mengubahnya.</source>
        <translation>This record has been deleted. Restore it before changing it.</translation>
    </message>
    <message>
        <source>Alasan hapus harus diisi (misalnya meninggal, pindah, duplikat).</source>
        <translation>Enter a reason for deletion (for example died, moved away, duplicate).</translation>
    </message>
    <message>
        <source>Data tidak ditemukan.</source>
        <translation>The record was not found.</translation>
    </message>
    <message>
        <source>Data ini sudah dihapus.</source>
        <translation>This record has already been deleted.</translation>
    </message>
    <message>
        <source>Data ini tidak dalam keadaan terhapus.</source>
        <translation>This record is not deleted.</translation>
    </message>
    <message>
        <source>Struktur tabel tidak dapat dikenali ({error}).</source>
        <translation>The table layout could not be recognised ({error}).</translation>
    </message>
    <message>
        <source>Baris judul kolom (NIK, NAMA, ...) tidak ditemukan di {count} baris pertama. Pilih baris judul kolom secara manual.</source>
        <translation>No row of column headings (NIK, NAMA, ...) was found in the first {count} rows. Choose the heading row yourself.</translation>
    </message>
    <message>
        <source>Kolom NIK tidak dikenali: tentukan kolomnya secara manual.</source>
        <translation>The NIK column was not recognised: choose the column yourself.</translation>
    </message>
    <message>
        <source>Kolom nama tidak dikenali: tentukan kolomnya secara manual.</source>
        <translation>The name column was not recognised: choose the column yourself.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; bukan file.</source>
        <translation>&apos;{name}&apos; is not a file.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; tidak ditemukan.</source>
        <translation>The file &apos;{name}&apos; was not found.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; tidak dapat dibuka: {detail}.</source>
        <translation>The file &apos;{name}&apos; cannot be opened: {detail}.</translation>
    </message>
    <message>
        <source>Jenis file &apos;{name}&apos; tidak dikenal. Gunakan file Excel (.xlsx, .xls), LibreOffice (.ods) atau CSV.</source>
        <translation>The file type of &apos;{name}&apos; is not recognised. Use an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; kosong (0 byte).</source>
        <translation>The file &apos;{name}&apos; is empty (0 bytes).</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; terlalu besar ({size} MB; batas {limit} MB). Pecah menjadi beberapa file.</source>
        <translation>The file &apos;{name}&apos; is too large ({size} MB; the limit is {limit} MB). Split it into several files.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; bernama {ext} tetapi isinya file Excel. Ganti akhiran namanya menjadi .xlsx atau .xls, atau simpan ulang sebagai CSV.</source>
        <translation>The file &apos;{name}&apos; is named {ext} but it is really an Excel file. Change the end of its name to .xlsx or .xls, or save it again as CSV.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; bukan file teks/CSV yang dapat dibaca.</source>
        <translation>The file &apos;{name}&apos; is not a text/CSV file that can be read.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya (File &gt; Info &gt; Protect Workbook), simpan, lalu impor lagi.</source>
        <translation>The file &apos;{name}&apos; is password-protected (encrypted). Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it, then import it again.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; bukan file {ext} yang sah (isinya format Excel lama atau terlindungi). Buka di Excel lalu simpan ulang sebagai .xlsx.</source>
        <translation>The file &apos;{name}&apos; is not a valid {ext} file (it holds the old Excel format or is protected). Open it in Excel and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; sebenarnya halaman web (HTML/XML), bukan file Excel asli. Buka di Excel lalu simpan sebagai .xlsx (Excel Workbook), kemudian impor lagi.</source>
        <translation>The file &apos;{name}&apos; is really a web page (HTML/XML), not a real Excel file. Open it in Excel, save it as .xlsx (Excel Workbook), then import it again.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; rusak (arsip zip tidak lengkap).</source>
        <translation>The file &apos;{name}&apos; is damaged (incomplete zip archive).</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; bukan file spreadsheet yang dapat dibaca (rusak atau bukan Excel/ODS).</source>
        <translation>The file &apos;{name}&apos; is not a spreadsheet that can be read (it is damaged or not an Excel/ODS file).</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; rusak atau tidak lengkap (mungkin terpotong saat disalin/diunduh). Minta salinan file yang utuh.</source>
        <translation>The file &apos;{name}&apos; is damaged or incomplete (it may have been cut off while copying or downloading). Ask for a complete copy of the file.</translation>
    </message>
    <message>
        <source>Isi file &apos;{name}&apos; terlalu besar untuk dibaca ({size} MB setelah dibuka).</source>
        <translation>The contents of the file &apos;{name}&apos; are too large to read ({size} MB once unpacked).</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; dilindungi kata sandi (terenkripsi).</source>
        <translation>The file &apos;{name}&apos; is password-protected (encrypted).</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; adalah arsip zip tetapi bukan file Excel (.xlsx) atau ODS.</source>
        <translation>The file &apos;{name}&apos; is a zip archive but not an Excel (.xlsx) or ODS file.</translation>
    </message>
    <message>
        <source>Lembar kerja berisi lebih dari {rows} baris (batas {rows} baris per impor). Pecah data menjadi beberapa file atau lembar, lalu impor satu per satu.</source>
        <translation>The sheet has more than {rows} rows (the limit is {rows} rows per import). Split the data into several files or sheets, then import them one at a time.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; rusak atau tidak lengkap.</source>
        <translation>The file &apos;{name}&apos; is damaged or incomplete.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, lalu impor lagi.</source>
        <translation>The file &apos;{name}&apos; is password-protected. Open it in Excel, remove the password, save it, then import it again.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; tidak dapat dibaca: file rusak, tidak lengkap, atau bukan spreadsheet. Coba buka di Excel/LibreOffice lalu simpan ulang sebagai .xlsx.</source>
        <translation>The file &apos;{name}&apos; cannot be read: it is damaged, incomplete or not a spreadsheet. Try opening it in Excel/LibreOffice and saving it again as .xlsx.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; tidak berisi lembar kerja.</source>
        <translation>The file &apos;{name}&apos; contains no sheets.</translation>
    </message>
    <message>
        <source>Lembar kerja nomor {number} tidak ada di &apos;{name}&apos;.</source>
        <translation>There is no sheet number {number} in &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Lembar kerja &apos;{sheet}&apos; tidak ada di &apos;{name}&apos;. Yang ada: {sheets}.</source>
        <translation>There is no sheet &apos;{sheet}&apos; in &apos;{name}&apos;. Sheets in the file: {sheets}.</translation>
    </message>
    <message>
        <source>Lembar kerja &apos;{sheet}&apos; kosong.</source>
        <translation>The sheet &apos;{sheet}&apos; is empty.</translation>
    </message>
    <message>
        <source>Hanya {count} kolom pertama yang dibaca.</source>
        <translation>Only the first {count} columns were read.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; tidak berisi data.</source>
        <translation>The file &apos;{name}&apos; contains no data.</translation>
    </message>
    <message>
        <source>Baris CSV terlalu panjang: file ini bukan CSV yang wajar.</source>
        <translation>A CSV line is far too long: this is not a normal CSV file.</translation>
    </message>
    <message>
        <source>Sebagian baris tidak dapat dibaca ({error}).</source>
        <translation>Part of the row could not be read ({error}).</translation>
    </message>
    <message>
        <source>Nomor KK tersimpan sebagai angka di Excel: angka terakhirnya mungkin salah.</source>
        <translation>The KK number is stored as a number in Excel: its last digits may be wrong.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada &apos;{value}&apos; tidak dapat dibaca.</source>
        <translation>The date of birth in &apos;{value}&apos; cannot be read.</translation>
    </message>
    <message>
        <source>Tanggal lahir &apos;{value}&apos; tidak dapat dibaca: {reason}.</source>
        <translation>The date of birth &apos;{value}&apos; cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Jenis kelamin &apos;{value}&apos; tidak dikenal (isi L atau P).</source>
        <translation>Sex &apos;{value}&apos; is not recognised (enter L or P).</translation>
    </message>
    <message>
        <source>Kolom L dan P sama-sama terisi.</source>
        <translation>Both the L and the P column are filled in.</translation>
    </message>
    <message>
        <source>Kolom RT/RW berubah menjadi tanggal di Excel: isi ulang RT dan RW.</source>
        <translation>Excel turned the RT/RW column into a date: enter the RT and RW again.</translation>
    </message>
    <message>
        <source>Sumber dana &apos;{value}&apos; tidak dikenal.</source>
        <translation>Funding source &apos;{value}&apos; is not recognised.</translation>
    </message>
    <message>
        <source>Sumber data &apos;{value}&apos; dicatat sebagai &apos;lainnya&apos;.</source>
        <translation>Data source &apos;{value}&apos; is recorded as &apos;other&apos;.</translation>
    </message>
    <message>
        <source>Desil &apos;{value}&apos; bukan angka 1-10.</source>
        <translation>Decile &apos;{value}&apos; is not a number from 1 to 10.</translation>
    </message>
    <message>
        <source>Kolom ekspor tidak dikenal: {field}</source>
        <translation>Unknown export column: {field}</translation>
    </message>
    <message>
        <source>Tata letak ekspor tidak sah: {detail}</source>
        <translation>The export layout is not valid: {detail}</translation>
    </message>
    <message>
        <source>Tata letak ekspor tidak berisi kolom.</source>
        <translation>The export layout has no columns.</translation>
    </message>
    <message>
        <source>Berkas pendaftaran dibuat oleh desa/kelurahan, bukan oleh kabupaten.</source>
        <translation>The registration file is made by a village, not by the district.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa ditulis ke {folder}: {reason}.</source>
        <translation>The file cannot be written to {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Berkas pendaftaran desa diimpor di SIPERA Mode Kabupaten.</source>
        <translation>Village registration files are imported in SIPERA District mode.</translation>
    </message>
    <message>
        <source>Desa {code} bukan wilayah {region}; pendaftaran ditolak.</source>
        <translation>Village {code} is not in {region}; the registration was refused.</translation>
    </message>
    <message>
        <source>Sidik jari tidak cocok dengan berkas pendaftaran; desa tidak didaftarkan.</source>
        <translation>The fingerprint does not match the registration file; the village was not registered.</translation>
    </message>
    <message>
        <source>Paket konfigurasi dibuat oleh kabupaten.</source>
        <translation>Configuration packages are made by the district.</translation>
    </message>
    <message>
        <source>Paket konfigurasi kabupaten diimpor oleh desa/kelurahan.</source>
        <translation>The district&apos;s configuration package is imported by a village.</translation>
    </message>
    <message>
        <source>Paket konfigurasi ini dari wilayah {code}, bukan kabupaten/kota desa ini ({own}). Tidak ada yang diubah.</source>
        <translation>This configuration package comes from area {code}, not from this village&apos;s district ({own}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Sidik jari kunci kabupaten belum dicocokkan; konfigurasi tidak diterapkan.</source>
        <translation>The district key fingerprint has not been compared yet; the configuration was not applied.</translation>
    </message>
    <message>
        <source>Paket data dikirim oleh desa/kelurahan.</source>
        <translation>Data packages are sent by a village.</translation>
    </message>
    <message>
        <source>Kunci kabupaten belum ada. Impor dulu paket konfigurasi dari Disperinaker (menu Kirim &gt; Impor Konfigurasi, atau &apos;sipera config import FILE&apos;).</source>
        <translation>The district key is not here yet. First import the configuration package from Disperinaker (menu Send &gt; Import district configuration, or &apos;sipera config import FILE&apos;).</translation>
    </message>
    <message>
        <source>Folder tujuan {folder} tidak ada (flashdisk belum terpasang?).</source>
        <translation>The destination folder {folder} does not exist (is the flash drive plugged in?).</translation>
    </message>
    <message>
        <source>Kunci kabupaten tidak berlaku lagi. Impor paket konfigurasi terbaru.</source>
        <translation>The district key is no longer valid. Import the latest configuration package.</translation>
    </message>
    <message>
        <source>Salinan paket ini tidak ada lagi di folder data.</source>
        <translation>The copy of this package is no longer in the data folder.</translation>
    </message>
    <message>
        <source>File {path} bukan database SIPERA (tidak ada versi skema). Tidak ada yang diubah.</source>
        <translation>The file {path} is not a SIPERA database (it has no schema version). Nothing was changed.</translation>
    </message>
    <message>
        <source>Database {path} dibuat oleh SIPERA versi yang lebih baru (skema {schema}). Pasang SIPERA versi terbaru untuk membukanya. Tidak ada yang diubah.</source>
        <translation>The database {path} was made by a newer version of SIPERA (schema {schema}). Install the latest SIPERA to open it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Migrasi database gagal: {count} rujukan rusak. Database dikembalikan seperti semula.</source>
        <translation>The database upgrade failed: {count} broken references. The database was put back as it was.</translation>
    </message>
    <message>
        <source>File cadangan {path} tidak ditemukan.</source>
        <translation>The backup file {path} was not found.</translation>
    </message>
    <message>
        <source>Cadangan {path} dibuat oleh SIPERA versi yang lebih baru. Tidak ada yang diubah.</source>
        <translation>The backup {path} was made by a newer version of SIPERA. Nothing was changed.</translation>
    </message>
    <message>
        <source>Folder data hanya-baca: SIPERA tidak bisa menulis ke {path}. Pindahkan folder data ke lokasi yang bisa ditulis (misalnya Dokumen) atau periksa izinnya.</source>
        <translation>The data folder is read-only: SIPERA cannot write to {path}. Move the data folder to a place that can be written to (for example Documents) or check its permissions.</translation>
    </message>
    <message>
        <source>Disk penuh: tidak ada ruang untuk menyimpan ke {path}. Kosongkan ruang disk lalu ulangi.</source>
        <translation>The disk is full: there is no space to save to {path}. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>Database sedang dipakai proses lain. Tutup jendela SIPERA yang lain lalu ulangi.</source>
        <translation>The database is being used by another program. Close the other SIPERA window and try again.</translation>
    </message>
    <message>
        <source>Berkas cadangan {path} rusak atau bukan database SIPERA, jadi tidak bisa dipulihkan. Tidak ada yang diubah. Pilih cadangan lain.</source>
        <translation>The backup file {path} is damaged or not a SIPERA database, so it cannot be restored. Nothing was changed. Choose another backup.</translation>
    </message>
    <message>
        <source>Berkas atau folder tidak ada.</source>
        <translation>The file or folder does not exist.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gelar</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet (dusun)</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Keterangan pekerjaan</source>
        <translation>Occupation details</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cadangan {path} milik {other} ({other_code}), bukan {own} ({own_code}) yang memakai folder data ini. Memulihkannya mengganti wilayah folder data ini, dan paket berikutnya akan ditolak kabupaten. Tidak ada yang diubah. Bila memang itu maksudnya, ulangi dengan --other-village.</source>
        <translation>The backup {path} belongs to {other} ({other_code}), not to {own} ({own_code}), which uses this data folder. Restoring it changes the region of this data folder, and the district will refuse the next package. Nothing was changed. If that is what you want, repeat with --other-village.</translation>
    </message>
    <message>
        <source>Pagu anggaran tidak sah untuk sumber dana &apos;{source}&apos;.</source>
        <translation>Invalid budget allocation for funding source &apos;{source}&apos;.</translation>
    </message>
    <message>
        <source>Target tidak sah untuk desa &apos;{code}&apos;.</source>
        <translation>Invalid target for desa &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>Kode iuran {code} tidak ada.</source>
        <translation>Payment batch {code} does not exist.</translation>
    </message>
    <message>
        <source>Kode iuran dibuat di SIPERA Mode Kabupaten.</source>
        <translation>Payment batches are made in SIPERA District Mode.</translation>
    </message>
    <message>
        <source>Sumber dana &apos;{source}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown funding source &apos;{source}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <source>Periode harus berbentuk TTTT-BB, mis. 2026-04.</source>
        <translation>The period must be YYYY-MM, e.g. 2026-04.</translation>
    </message>
    <message>
        <source>Akhir periode sebelum awalnya.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Periode satu kode iuran paling lama 24 bulan.</source>
        <translation>A payment batch covers at most 24 months.</translation>
    </message>
    <message>
        <source>Kode iuran yang dikoreksi ({code}) tidak ada atau belum diterbitkan.</source>
        <translation>The batch to correct ({code}) does not exist or has not been issued.</translation>
    </message>
    <message>
        <source>Kode iuran {code} sudah dikoreksi oleh {other}.</source>
        <translation>Payment batch {code} has already been corrected by {other}.</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang memenuhi syarat untuk {source} periode {period}.</source>
        <translation>Nobody is eligible for {source} in the period {period}.</translation>
    </message>
    <message>
        <source>Kode iuran {code} sudah diterbitkan dan tidak bisa diubah lagi. Koreksi dilakukan dengan kode iuran baru yang menyebut kode ini.</source>
        <translation>Payment batch {code} has been issued and can no longer be changed. Correct it with a new batch that names this code.</translation>
    </message>
    <message>
        <source>Kode iuran {code} tidak diterbitkan: {count} orang sudah ada di kode iuran lain untuk bulan yang sama (pembayaran ganda). Keluarkan mereka dari draf ini.</source>
        <translation>Payment batch {code} was not issued: {count} people are already in another batch for the same months (double payment). Take them out of this draft.</translation>
    </message>
    <message>
        <source>Orang itu tidak ada di kode iuran {code}.</source>
        <translation>That person is not in payment batch {code}.</translation>
    </message>
    <message>
        <source>Kasus #{id} tidak ada.</source>
        <translation>Case #{id} does not exist.</translation>
    </message>
    <message>
        <source>Keputusan {decision} tidak dikenal.</source>
        <translation>Unknown decision {decision}.</translation>
    </message>
    <message>
        <source>Data {id} bukan bagian dari kasus #{case}.</source>
        <translation>Record {id} is not part of case #{case}.</translation>
    </message>
    <message>
        <source>Perintah ini untuk SIPERA Mode Kabupaten.</source>
        <translation>This command is for SIPERA District Mode.</translation>
    </message>
    <message>
        <source>Perintah ini untuk SIPERA Mode Desa/Kelurahan.</source>
        <translation>This command is for SIPERA Village Mode.</translation>
    </message>
    <message>
        <source>Folder tujuan {folder} tidak ada.</source>
        <translation>The target folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Desa {code} belum terdaftar di kabupaten ini; umpan balik tidak dibuat.</source>
        <translation>Village {code} is not enrolled in this district; no feedback was made.</translation>
    </message>
    <message>
        <source>Belum ada paket yang diterima kabupaten.</source>
        <translation>No package has been received by the district yet.</translation>
    </message>
    <message>
        <source>paket {received} diterima kabupaten; paket {missing} belum</source>
        <translation>package {received} received by the district; package {missing} not yet</translation>
    </message>
    <message>
        <source>paket {received} diterima kabupaten</source>
        <translation>package {received} received by the district</translation>
    </message>
    <message>
        <source>Kunci kabupaten belum ada. Impor dulu paket konfigurasi dari Disperinaker.</source>
        <translation>There is no district key yet. First import the config package from the district labour office.</translation>
    </message>
    <message>
        <source>Umpan balik ini tidak ditandatangani oleh kunci kabupaten yang disematkan; tidak ada yang diubah.</source>
        <translation>This feedback is not signed by the pinned district key; nothing was changed.</translation>
    </message>
    <message>
        <source>Umpan balik nomor {seq} sudah diterapkan atau lebih lama dari yang terakhir (nomor {last}); tidak ada yang diubah.</source>
        <translation>Feedback number {seq} was already applied or is older than the last one (number {last}); nothing was changed.</translation>
    </message>
    <message>
        <source>Umpan balik nomor {seq} diterapkan: {updated} data berubah status. {receipt}.</source>
        <translation>Feedback number {seq} applied: {updated} records changed status. {receipt}.</translation>
    </message>
    <message>
        <source>Rekap kabupaten dibuat di SIPERA Mode Kabupaten.</source>
        <translation>District recaps are made in SIPERA District Mode.</translation>
    </message>
    <message>
        <source>Kunci instalasi kabupaten tidak bisa dibaca: {reason}.</source>
        <translation>The district installation&apos;s key cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Paket ini sudah digabung pada {when}; tidak ada yang diubah.</source>
        <translation>This package was already merged on {when}; nothing was changed.</translation>
    </message>
    <message>
        <source>Paket tidak bisa digabung karena data di dalamnya bertentangan ({detail}). Tidak ada yang diubah.</source>
        <translation>The package cannot be merged because its data conflicts ({detail}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Desa {code} belum terdaftar dengan kunci yang berlaku. Daftarkan dulu berkas pendaftaran dari laptop desa yang baru.</source>
        <translation>Village {code} is not enrolled with a valid key. First enrol the registration file from the village&apos;s new laptop.</translation>
    </message>
    <message>
        <source>Paket pemulihan ini tidak ditandatangani oleh kunci kabupaten yang disematkan; tidak ada yang diubah.</source>
        <translation>This restore package is not signed by the pinned district key; nothing was changed.</translation>
    </message>
    <message>
        <source>Data desa ini sudah ada di laptop ini. Paket pemulihan hanya dipakai pada instalasi baru yang masih kosong; tidak ada yang diubah.</source>
        <translation>This village&apos;s data is already on this laptop. A restore package is only used on a new, empty installation; nothing was changed.</translation>
    </message>
    <message>
        <source>Jenis hasil harus &apos;dukcapil&apos; atau &apos;bpjs&apos;.</source>
        <translation>The kind of results must be &apos;dukcapil&apos; or &apos;bpjs&apos;.</translation>
    </message>
    <message>
        <source>Baris judul kolom dengan NIK tidak ditemukan di {count} baris pertama. Pilih baris judul kolom secara manual.</source>
        <translation>No header row with a NIK column in the first {count} rows. Choose the header row by hand.</translation>
    </message>
    <message>
        <source>judul di atas tabel</source>
        <translation>title above the table</translation>
    </message>
    <message>
        <source>bukan baris data</source>
        <translation>not a data row</translation>
    </message>
    <message>
        <source>Kolom status (hasil) tidak dikenali: tentukan kolomnya secara manual.</source>
        <translation>The status (result) column was not recognised: choose it by hand.</translation>
    </message>
    <message>
        <source>NIK tersimpan sebagai angka di berkas ini (digit terakhir bisa sudah berubah): tidak diterapkan. Minta berkas dengan kolom NIK sebagai teks.</source>
        <translation>The NIK is stored as a number in this file (its last digit may have changed): not applied. Ask for a file with the NIK column as text.</translation>
    </message>
    <message>
        <source>NIK bukan 16 angka: tidak diterapkan.</source>
        <translation>The NIK is not 16 digits: not applied.</translation>
    </message>
    <message>
        <source>Status &apos;{word}&apos; tidak dikenal (padan / tidak padan): tidak diterapkan.</source>
        <translation>Unknown status &apos;{word}&apos; (padan / tidak padan): not applied.</translation>
    </message>
    <message>
        <source>Status &apos;{word}&apos; tidak dikenal (terdaftar / ditolak): tidak diterapkan.</source>
        <translation>Unknown status &apos;{word}&apos; (terdaftar / ditolak): not applied.</translation>
    </message>
    <message>
        <source>Nomor KPJ tidak sah (6-20 huruf/angka): tidak diterapkan.</source>
        <translation>Invalid KPJ number (6-20 letters/digits): not applied.</translation>
    </message>
    <message>
        <source>Terdaftar tanpa nomor KPJ.</source>
        <translation>Registered without a KPJ number.</translation>
    </message>
    <message>
        <source>Ditolak tanpa alasan tertulis.</source>
        <translation>Rejected without a written reason.</translation>
    </message>
    <message>
        <source>Hasil Dukcapil dan BPJS diimpor di SIPERA Mode Kabupaten.</source>
        <translation>Dukcapil and BPJS results are imported in SIPERA District Mode.</translation>
    </message>
    <message>
        <source>Kolom NIK tidak dikenali di berkas ini: pilih baris judul dan kolom NIK secara manual.</source>
        <translation>The NIK column was not recognised in this file: choose the header row and the NIK column by hand.</translation>
    </message>
    <message>
        <source>Kolom status (hasil) tidak dikenali di berkas ini: tentukan kolomnya secara manual.</source>
        <translation>The status (result) column was not recognised in this file: choose it by hand.</translation>
    </message>
    <message>
        <source>NIK ini muncul di baris {rows} dengan jawaban berbeda: tidak diterapkan.</source>
        <translation>This NIK appears in rows {rows} with different answers: not applied.</translation>
    </message>
    <message>
        <source>Sama dengan baris {row}: dihitung sekali.</source>
        <translation>Same as row {row}: counted once.</translation>
    </message>
    <message>
        <source>NIK ini tidak ada di data kabupaten (aktif): tidak diterapkan.</source>
        <translation>The district holds no active record with this NIK: not applied.</translation>
    </message>
    <message>
        <source>NIK ini aktif di {count} desa dan belum diputuskan: tidak diterapkan ke desa mana pun.</source>
        <translation>This NIK is active in {count} desa and no decision has been made: applied to none of them.</translation>
    </message>
    <message>
        <source>Nama di SIAK berbeda dengan nama di data desa.</source>
        <translation>The name in SIAK differs from the name in the village data.</translation>
    </message>
    <message>
        <source>Tidak ada impor hasil yang bisa dibatalkan.</source>
        <translation>There is no results import to undo.</translation>
    </message>
    <message>
        <source>Impor hasil &apos;{file}&apos; tidak bisa dibatalkan: sebagian data yang diubahnya sudah berubah lagi.</source>
        <translation>Results import &apos;{file}&apos; cannot be undone: some of the records it changed have changed again.</translation>
    </message>
    <message>
        <source>Status verifikasi {status} tidak dikenal (diterima, ditolak, perbaikan, belum).</source>
        <translation>Unknown verification status {status} (diterima, ditolak, perbaikan, belum).</translation>
    </message>
    <message>
        <source>Tuliskan alasannya: data yang ditolak atau perlu perbaikan butuh alasan agar desa tahu apa yang harus dilakukan.</source>
        <translation>Write the reason: a rejected record or one that needs correcting needs a reason, so the village knows what to do.</translation>
    </message>
    <message>
        <source>Di Mode Kabupaten data desa tidak diubah: keputusan duplikat dibuat sebagai kasus (menu Kasus atau &apos;sipera cases&apos;) dan dikirim ke desa lewat umpan balik.</source>
        <translation>In district mode village records are not changed: a duplicate decision is made as a case (Cases menu or &apos;sipera cases&apos;) and sent to the village in feedback.</translation>
    </message>
    <message>
        <source>Pilih dua data yang berbeda.</source>
        <translation>Choose two different records.</translation>
    </message>
    <message>
        <source>Salah satu data sudah dihapus oleh desa; kasus tidak dibuat.</source>
        <translation>One of the records was deleted by its village; no case was opened.</translation>
    </message>
    <message>
        <source>Salah satu data sudah dihapus; tidak ada yang diubah.</source>
        <translation>One of the records is already deleted; nothing was changed.</translation>
    </message>
    <message>
        <source>Keputusan duplikat nomor {id} tidak ada.</source>
        <translation>There is no duplicate decision number {id}.</translation>
    </message>
    <message>
        <source>Keputusan ini sudah dibatalkan.</source>
        <translation>This decision was already undone.</translation>
    </message>
    <message>
        <source>Belum ada keputusan duplikat yang bisa dibatalkan.</source>
        <translation>There is no duplicate decision to undo yet.</translation>
    </message>
    <message>
        <source>Salinan paket nomor {seq} di folder data rusak atau hilang. Kirim ulang seluruh data dengan &apos;Kirim semua&apos; (sipera package export --full).</source>
        <translation>The copy of package number {seq} in the data folder is damaged or missing. Send all data again with &apos;Send all&apos; (sipera package export --full).</translation>
    </message>
    <message>
        <source>Paket nomor {seq} sudah dicatat, tetapi belum bisa ditulis ke {folder}: {reason}. Periksa flashdisk lalu kirim lagi: paket yang sama akan ditulis ulang.</source>
        <translation>Package number {seq} is recorded but could not be written to {folder}: {reason}. Check the flash drive and send again: the same package will be written again.</translation>
    </message>
    <message>
        <source>Paket tidak bisa disiapkan di {folder}: {reason}.</source>
        <translation>The package could not be prepared in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Kunci pada berkas pendaftaran desa {code} sudah dicabut (ada pendaftaran yang lebih baru). Berkas lama tidak bisa memulihkannya. Tidak ada yang diubah.</source>
        <translation>The key in this enrollment file of village {code} has been revoked (there is a newer enrollment). An old file cannot bring it back. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas pendaftaran desa {code} ini lebih lama daripada pendaftaran yang sudah diterima. Tidak ada yang diubah.</source>
        <translation>This enrollment file of village {code} is older than the enrollment already accepted. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paket konfigurasi ini ditandatangani kunci kabupaten yang sudah dicabut. Tidak ada yang diubah.</source>
        <translation>This configuration package is signed with a district key that has been revoked. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paket konfigurasi ini (nomor {seq}) lebih lama daripada yang sudah diterapkan (nomor {newest}). Tidak ada yang diubah.</source>
        <translation>This configuration package (number {seq}) is older than the one already applied (number {newest}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Disk penuh: tidak ada ruang untuk menyimpan ke {folder}. Tidak ada berkas yang ditulis. Kosongkan ruang di sana atau pilih folder lain.</source>
        <translation>Disk full: there is no room to save to {folder}. No file was written. Free some space there or choose another folder.</translation>
    </message>
    <message>
        <source>Sumber &apos;{source}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown source &apos;{source}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <source>Lembar &apos;{sheet}&apos; berisi daftar kode, bukan data penduduk. Pilih lembar data penduduknya.</source>
        <translation>Sheet &apos;{sheet}&apos; holds a code list, not population data. Choose the population sheet.</translation>
    </message>
    <message>
        <source>Berkas ini tidak berformat {source}: judul kolomnya tidak ditemukan di lembar &apos;{sheet}&apos;. Pilih sumber &apos;auto&apos; untuk membaca daftar dengan susunan lain.</source>
        <translation>This file is not in {source} format: its column headers were not found on sheet &apos;{sheet}&apos;. Choose the source &apos;auto&apos; to read a list with another layout.</translation>
    </message>
    <message>
        <source>Buku Induk Penduduk</source>
        <translation>Buku Induk Penduduk</translation>
    </message>
    <message>
        <source>Impor daftar dilakukan di SIPERA Mode Desa, atau di Mode Kabupaten untuk satu desa yang dipilih (sesi desk).</source>
        <translation>Lists are imported in SIPERA Village Mode, or in District Mode for one chosen desa (desk session).</translation>
    </message>
    <message>
        <source>Impor untuk desa lain hanya di SIPERA Mode Kabupaten.</source>
        <translation>Importing for another desa is possible only in SIPERA District Mode.</translation>
    </message>
    <message>
        <source>Kode desa {code} bukan desa/kelurahan di {region}.</source>
        <translation>Code {code} is not a desa/kelurahan of {region}.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; terlalu besar atau tidak wajar untuk dibaca (isinya jauh lebih besar daripada ukuran filenya, atau lembar kerjanya terlalu lebar). Buka di Excel, hapus baris dan kolom kosong yang tidak dipakai, simpan, lalu impor lagi.</source>
        <translation>The file &apos;{name}&apos; is too large or too unusual to read (its content is far larger than the file, or its sheet is too wide). Open it in Excel, delete unused empty rows and columns, save, then import again.</translation>
    </message>
    <message>
        <source>File &apos;{name}&apos; berisi sel yang terlalu panjang (lebih dari {limit} KB dalam satu sel). Periksa file di Excel: sel sepanjang itu bukan data daftar.</source>
        <translation>The file &apos;{name}&apos; has a cell that is too long (more than {limit} KB in one cell). Check the file in Excel: a cell that long is not list data.</translation>
    </message>
    <message>
        <source>File CSV &apos;{name}&apos; berisi kolom yang terlalu panjang (lebih dari {limit} KB) di sekitar baris {row}. Periksa file: mungkin ada tanda kutip (&quot;) yang tidak ditutup.</source>
        <translation>The CSV file &apos;{name}&apos; has a field that is too long (more than {limit} KB) around row {row}. Check the file: a quotation mark (&quot;) may not be closed.</translation>
    </message>
    <message>
        <source>File CSV &apos;{name}&apos; tidak dapat dibaca (baris {row}).</source>
        <translation>The CSV file &apos;{name}&apos; cannot be read (row {row}).</translation>
    </message>
    <message>
        <source>{count} baris bukan UTF-8 dan dibaca sebagai Windows-1252 (baris {rows}). Periksa ejaan nama di baris itu.</source>
        <translation>{count} rows are not UTF-8 and were read as Windows-1252 (rows {rows}). Check the spelling of the names in those rows.</translation>
    </message>
    <message>
        <source>Tanggal lahir {value} dari Excel tertukar tanggal dan bulannya: dibaca {date}, sesuai NIK.</source>
        <translation>Birth date {value} from Excel had day and month swapped: read as {date}, as the NIK says.</translation>
    </message>
    <message>
        <source>Tanggal lahir &apos;{value}&apos; ditulis bulan/tanggal/tahun: dibaca {date}, sesuai NIK.</source>
        <translation>Birth date &apos;{value}&apos; was written month/day/year: read as {date}, as the NIK says.</translation>
    </message>
    <message>
        <source>Penghasilan &apos;{value}&apos; tidak dapat dibaca; dibiarkan kosong.</source>
        <translation>Income &apos;{value}&apos; could not be read; left empty.</translation>
    </message>
    <message>
        <source>Format OpenSID - impor penduduk</source>
        <translation>OpenSID format - population import</translation>
    </message>
    <message>
        <source>Format OpenSID - ekspor penduduk</source>
        <translation>OpenSID format - population export</translation>
    </message>
    <message>
        <source>Format SIAK (Dukcapil) - ekspor penduduk</source>
        <translation>SIAK (Dukcapil) format - population export</translation>
    </message>
    <message>
        <source>Buku Induk Penduduk e-KTP</source>
        <translation>Buku Induk Penduduk e-KTP (population register)</translation>
    </message>
    <message>
        <source>Format DTKS/Regsosek</source>
        <translation>DTKS/Regsosek format</translation>
    </message>
    <message>
        <source>tidak bekerja</source>
        <translation>not working</translation>
    </message>
    <message>
        <source>karyawan, penerima upah</source>
        <translation>employee, wage earner</translation>
    </message>
    <message>
        <source>pelajar/mahasiswa</source>
        <translation>pupil/student</translation>
    </message>
    <message>
        <source>pensiunan</source>
        <translation>pensioner</translation>
    </message>
    <message>
        <source>PNS</source>
        <translation>civil servant</translation>
    </message>
    <message>
        <source>TNI</source>
        <translation>TNI (armed forces)</translation>
    </message>
    <message>
        <source>POLRI</source>
        <translation>POLRI (police)</translation>
    </message>
    <message>
        <source>karyawan BUMN</source>
        <translation>state enterprise employee</translation>
    </message>
    <message>
        <source>karyawan BUMD</source>
        <translation>regional enterprise employee</translation>
    </message>
    <message>
        <source>jabatan/profesi</source>
        <translation>office/profession</translation>
    </message>
    <message>
        <source>pekerjaan tidak diisi</source>
        <translation>occupation not filled in</translation>
    </message>
    <message>
        <source>Mati</source>
        <translation>Dead</translation>
    </message>
    <message>
        <source>Pindah</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Pergi</source>
        <translation>Gone</translation>
    </message>
    <message>
        <source>Tidak Valid</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <source>status penduduk {status}: tidak diimpor</source>
        <translation>population status {status}: not imported</translation>
    </message>
    <message>
        <source>dikeluarkan secara manual</source>
        <translation>left out by hand</translation>
    </message>
    <message>
        <source>pekerjaan {occupation}: bukan pekerja rentan ({why})</source>
        <translation>occupation {occupation}: not a pekerja rentan ({why})</translation>
    </message>
    <message>
        <source>pekerjaan {occupation} tidak dipilih</source>
        <translation>occupation {occupation} not chosen</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>umur {age} tahun pada {date}: di luar {min_age}-{max_age} tahun</source>
        <translation>aged {age} on {date}: outside {min_age}-{max_age}</translation>
    </message>
    <message>
        <source>belum lahir pada {date}</source>
        <translation>not born yet on {date}</translation>
    </message>
    <message>
        <source>dusun {dusun} tidak dipilih</source>
        <translation>dusun {dusun} not chosen</translation>
    </message>
    <message>
        <source>RT {rt} tidak dipilih</source>
        <translation>RT {rt} not chosen</translation>
    </message>
    <message>
        <source>File {path} bukan cadangan SIPERA. Tidak ada yang diubah.</source>
        <translation>The file {path} is not a SIPERA backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas {path} adalah database yang sedang dipakai, bukan cadangan. Tidak ada yang diubah.</source>
        <translation>The file {path} is the database in use, not a backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>File database {path} rusak atau bukan database SIPERA. Tidak ada yang diubah. Pulihkan dari cadangan: menu Berkas &gt; Pulihkan dari cadangan... di jendela SIPERA, atau perintah &apos;sipera restore&apos;.</source>
        <translation>The database file {path} is damaged or not a SIPERA database. Nothing was changed. Restore from a backup: menu File &gt; Restore from a backup... in the SIPERA window, or the command &apos;sipera restore&apos;.</translation>
    </message>
    <message>
        <source>Database {path} tidak bisa dibuka: folder tidak ada atau tidak bisa diakses.</source>
        <translation>The database {path} cannot be opened: the folder does not exist or cannot be accessed.</translation>
    </message>
    <message>
        <source>Folder data {path} tidak bisa ditulis ({reason}).</source>
        <translation>The data folder {path} cannot be written to ({reason}).</translation>
    </message>
    <message>
        <source>Jendela SIPERA (proses {pid}, dibuka {since}) sedang memakai folder data ini. Tutup jendela itu dulu, lalu ulangi.</source>
        <translation>A SIPERA window (process {pid}, opened {since}) is using this data folder. Close that window first, then try again.</translation>
    </message>
    <message>
        <source>Perintah &apos;sipera {command}&apos; (proses {pid}, mulai {since}) sedang memakai folder data ini. Tunggu sampai selesai, lalu ulangi.</source>
        <translation>The command &apos;sipera {command}&apos; (process {pid}, started {since}) is using this data folder. Wait until it finishes, then try again.</translation>
    </message>
    <message>
        <source>SIPERA sudah berjalan dengan folder data ini. Tutup jendela yang lain dulu.</source>
        <translation>SIPERA is already running with this data folder. Close the other window first.</translation>
    </message>
    <message>
        <source>Kunci instalasi tidak ditemukan di {path}. Buat kunci baru (sipera init) atau pulihkan folder kunci dari cadangan.</source>
        <translation>The installation keys were not found in {path}. Create new keys (sipera init) or restore the keys folder from a backup.</translation>
    </message>
    <message>
        <source>Berkas kunci {name} rusak atau tidak dapat dibaca. Pulihkan folder kunci dari cadangan.</source>
        <translation>The key file {name} is damaged or cannot be read. Restore the keys folder from a backup.</translation>
    </message>
    <message>
        <source>Berkas kunci di {path} tidak saling cocok (kunci rahasia dan kunci publik berbeda). Pulihkan folder kunci dari cadangan.</source>
        <translation>The key files in {path} do not belong together (the secret key and the public key differ). Restore the keys folder from a backup.</translation>
    </message>
    <message>
        <source>Kunci instalasi sudah ada di {path}; kunci lama tidak ditimpa.</source>
        <translation>Installation keys already exist in {path}; the existing keys were not overwritten.</translation>
    </message>
    <message>
        <source>Kunci publik tidak sah: {reason}.</source>
        <translation>Invalid public key: {reason}.</translation>
    </message>
    <message>
        <source>Berkas paket {name} sudah ada; paket lama tidak ditimpa.</source>
        <translation>The package file {name} already exists; the existing package was not overwritten.</translation>
    </message>
    <message>
        <source>Berkas paket tidak dapat dibaca: {reason}.</source>
        <translation>The package file cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Berkas paket kosong (0 bita). Kemungkinan penyalinan belum selesai: salin ulang dari pengirim.</source>
        <translation>The package file is empty (0 bytes). Copying probably did not finish: copy it again from the sender.</translation>
    </message>
    <message>
        <source>Berkas paket terlalu besar ({size} bita, batas {limit} bita).</source>
        <translation>The package file is too large ({size} bytes, the limit is {limit} bytes).</translation>
    </message>
    <message>
        <source>Berkas ini bukan paket SIPERA (bukan arsip ZIP).</source>
        <translation>This file is not a SIPERA package (it is not a ZIP archive).</translation>
    </message>
    <message>
        <source>Berkas paket terpotong atau rusak. Salin ulang dari pengirim.</source>
        <translation>The package file is incomplete or damaged. Copy it again from the sender.</translation>
    </message>
    <message>
        <source>Isi paket tidak sesuai format SIPERA: {reason}.</source>
        <translation>The package contents do not follow the SIPERA format: {reason}.</translation>
    </message>
    <message>
        <source>Paket ditolak: ukuran isi tidak wajar ({reason}).</source>
        <translation>Package refused: the size of its contents is not plausible ({reason}).</translation>
    </message>
    <message>
        <source>Isi paket rusak (pemeriksaan CRC gagal). Salin ulang dari pengirim.</source>
        <translation>The package contents are damaged (CRC check failed). Copy it again from the sender.</translation>
    </message>
    <message>
        <source>Manifest paket tidak sah: {reason}.</source>
        <translation>Invalid package manifest: {reason}.</translation>
    </message>
    <message>
        <source>Jenis paket salah: yang dibuka paket {kind}, yang diharapkan {expected}.</source>
        <translation>Wrong kind of package: the file opened is a &apos;{kind}&apos; package, but a &apos;{expected}&apos; package was expected.</translation>
    </message>
    <message>
        <source>Tanda tangan paket tidak sah: paket mungkin telah diubah setelah ditandatangani.</source>
        <translation>The package signature is not valid: the package may have been changed after it was signed.</translation>
    </message>
    <message>
        <source>Paket ditandatangani oleh kunci yang belum terdaftar (sidik jari {fingerprint}).</source>
        <translation>The package was signed with a key that is not registered (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>Sidik jari kunci pengirim ({fingerprint}) tidak sama dengan yang diharapkan ({expected}).</source>
        <translation>The sender&apos;s key fingerprint ({fingerprint}) is not the expected one ({expected}).</translation>
    </message>
    <message>
        <source>Paket ditandatangani oleh kunci yang sudah dicabut (sidik jari {fingerprint}).</source>
        <translation>The package was signed with a key that has been revoked (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>Pengirim paket ({source}) tidak sesuai dengan wilayah yang terdaftar untuk kuncinya ({enrolled}).</source>
        <translation>The package sender ({source}) does not match the area registered for its key ({enrolled}).</translation>
    </message>
    <message>
        <source>Paket ini ditujukan untuk {target}, bukan untuk {expected}.</source>
        <translation>This package is meant for {target}, not for {expected}.</translation>
    </message>
    <message>
        <source>Isi paket tidak cocok dengan manifest (ukuran atau SHA-256 berbeda): paket rusak atau telah diubah.</source>
        <translation>The package contents do not match the manifest (size or SHA-256 differs): the package is damaged or has been changed.</translation>
    </message>
    <message>
        <source>Isi paket tidak dapat dibuka (didekripsi): {reason}.</source>
        <translation>The package contents cannot be opened (decrypted): {reason}.</translation>
    </message>
    <message>
        <source>Baris {line} isi paket tidak sah: {reason}.</source>
        <translation>Line {line} of the package contents is invalid: {reason}.</translation>
    </message>
    <message>
        <source>bukan objek</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>kolom harus sign_pub, age_recipient, key_id</source>
        <translation>the fields must be sign_pub, age_recipient, key_id</translation>
    </message>
    <message>
        <source>nilai harus teks</source>
        <translation>the values must be text</translation>
    </message>
    <message>
        <source>kunci minisign tidak sah</source>
        <translation>invalid minisign key</translation>
    </message>
    <message>
        <source>key_id harus 16 digit heksadesimal</source>
        <translation>key_id must be 16 hexadecimal digits</translation>
    </message>
    <message>
        <source>key_id tidak cocok dengan kunci minisign</source>
        <translation>key_id does not match the minisign key</translation>
    </message>
    <message>
        <source>penerima age tidak sah</source>
        <translation>invalid age recipient</translation>
    </message>
    <message>
        <source>desa {code}</source>
        <translation>village {code}</translation>
    </message>
    <message>
        <source>kabupaten {code}</source>
        <translation>district {code}</translation>
    </message>
    <message>
        <source>terlalu besar</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>bukan JSON yang sah</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>format bukan sipera-package</source>
        <translation>the format is not sipera-package</translation>
    </message>
    <message>
        <source>versi format {version} tidak dikenal (perbarui aplikasi SIPERA)</source>
        <translation>unknown format version {version} (update the SIPERA application)</translation>
    </message>
    <message>
        <source>jenis paket (kind) tidak dikenal</source>
        <translation>unknown package kind</translation>
    </message>
    <message>
        <source>package_id bukan UUID</source>
        <translation>package_id is not a UUID</translation>
    </message>
    <message>
        <source>signer: {reason}</source>
        <translation>signer: {reason}</translation>
    </message>
    <message>
        <source>counts terlalu banyak</source>
        <translation>too many counts</translation>
    </message>
    <message>
        <source>nama counts tidak sah</source>
        <translation>invalid counts name</translation>
    </message>
    <message>
        <source>counts.{key} harus bilangan bulat &gt;= 0</source>
        <translation>counts.{key} must be a whole number &gt;= 0</translation>
    </message>
    <message>
        <source>penerima terlalu banyak</source>
        <translation>too many recipients</translation>
    </message>
    <message>
        <source>recipients harus daftar teks</source>
        <translation>recipients must be a list of texts</translation>
    </message>
    <message>
        <source>{where} harus objek</source>
        <translation>{where} must be an object</translation>
    </message>
    <message>
        <source>{where}: kolom {fields} tidak ada</source>
        <translation>{where}: field(s) {fields} missing</translation>
    </message>
    <message>
        <source>{where}: kolom tidak dikenal ({fields})</source>
        <translation>{where}: unknown field(s) ({fields})</translation>
    </message>
    <message>
        <source>{where}.{key} bertipe salah</source>
        <translation>{where}.{key} has the wrong type</translation>
    </message>
    <message>
        <source>{where}.{key} terlalu panjang</source>
        <translation>{where}.{key} is too long</translation>
    </message>
    <message>
        <source>format tidak dikenal</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>source.role harus desa atau kabupaten</source>
        <translation>source.role must be desa or kabupaten</translation>
    </message>
    <message>
        <source>paket {kind} tidak boleh dikirim oleh {role}</source>
        <translation>a {kind} package may not be sent by a {role}</translation>
    </message>
    <message>
        <source>source.region_code tidak sah</source>
        <translation>invalid source.region_code</translation>
    </message>
    <message>
        <source>source.installation_id bukan UUID</source>
        <translation>source.installation_id is not a UUID</translation>
    </message>
    <message>
        <source>source.key_id tidak sama dengan kunci penanda tangan</source>
        <translation>source.key_id is not the signer&apos;s key</translation>
    </message>
    <message>
        <source>target wajib diisi (hanya paket config boleh tanpa target)</source>
        <translation>target is required (only a config package may have no target)</translation>
    </message>
    <message>
        <source>target.role tidak sah</source>
        <translation>invalid target.role</translation>
    </message>
    <message>
        <source>target.region_code tidak sah</source>
        <translation>invalid target.region_code</translation>
    </message>
    <message>
        <source>desa tujuan/pengirim tidak berada di kabupaten tersebut</source>
        <translation>the receiving/sending village is not in that district</translation>
    </message>
    <message>
        <source>sequence harus bilangan bulat &gt;= 0</source>
        <translation>sequence must be a whole number &gt;= 0</translation>
    </message>
    <message>
        <source>prev_hash harus 64 digit heksadesimal kecil atau null</source>
        <translation>prev_hash must be 64 lower-case hexadecimal digits or null</translation>
    </message>
    <message>
        <source>created_at harus waktu UTC YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>created_at must be a UTC time YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>created_at bukan tanggal yang sah</source>
        <translation>created_at is not a valid date</translation>
    </message>
    <message>
        <source>app_version tidak sah</source>
        <translation>invalid app_version</translation>
    </message>
    <message>
        <source>payload.name harus {name} untuk paket {kind}</source>
        <translation>payload.name must be {name} for a {kind} package</translation>
    </message>
    <message>
        <source>payload.size tidak sah</source>
        <translation>invalid payload.size</translation>
    </message>
    <message>
        <source>payload.sha256 harus 64 digit heksadesimal kecil</source>
        <translation>payload.sha256 must be 64 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <source>paket {kind} harus dienkripsi</source>
        <translation>a {kind} package must be encrypted</translation>
    </message>
    <message>
        <source>paket {kind} tidak boleh dienkripsi</source>
        <translation>a {kind} package must not be encrypted</translation>
    </message>
    <message>
        <source>paket terenkripsi tanpa penerima</source>
        <translation>encrypted package without recipients</translation>
    </message>
    <message>
        <source>daftar penerima tidak sah</source>
        <translation>invalid list of recipients</translation>
    </message>
    <message>
        <source>paket tidak terenkripsi tidak boleh punya penerima</source>
        <translation>an unencrypted package must not have recipients</translation>
    </message>
    <message>
        <source>baris bukan objek JSON</source>
        <translation>the line is not a JSON object</translation>
    </message>
    <message>
        <source>kolom wajib tidak ada: {fields}</source>
        <translation>required fields missing: {fields}</translation>
    </message>
    <message>
        <source>kolom tidak dikenal: {field}</source>
        <translation>unknown field: {field}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>harus UUID</source>
        <translation>must be a UUID</translation>
    </message>
    <message>
        <source>harus kode desa PP.KK.CC.DDDD</source>
        <translation>must be a village code PP.KK.CC.DDDD</translation>
    </message>
    <message>
        <source>harus bilangan bulat &gt;= 0</source>
        <translation>must be a whole number &gt;= 0</translation>
    </message>
    <message>
        <source>harus teks</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>lebih dari {limit} karakter</source>
        <translation>more than {limit} characters</translation>
    </message>
    <message>
        <source>harus true/false</source>
        <translation>must be true/false</translation>
    </message>
    <message>
        <source>harus 1-10 atau null</source>
        <translation>must be 1-10 or null</translation>
    </message>
    <message>
        <source>harus tanggal YYYY-MM-DD atau null</source>
        <translation>must be a date YYYY-MM-DD or null</translation>
    </message>
    <message>
        <source>bukan tanggal yang sah</source>
        <translation>not a valid date</translation>
    </message>
    <message>
        <source>harus waktu ISO 8601 atau null</source>
        <translation>must be an ISO 8601 time or null</translation>
    </message>
    <message>
        <source>bukan waktu ISO 8601 yang sah</source>
        <translation>not a valid ISO 8601 time</translation>
    </message>
    <message>
        <source>desa_code {code} bukan desa {owner}</source>
        <translation>desa_code {code} is not village {owner}</translation>
    </message>
    <message>
        <source>kolom type tidak ada atau tidak sah</source>
        <translation>the type field is missing or invalid</translation>
    </message>
    <message>
        <source>type {type} tidak dikenal untuk paket feedback</source>
        <translation>type {type} is unknown for a feedback package</translation>
    </message>
    <message>
        <source>baris harus bertipe enrollment</source>
        <translation>the line must be of type enrollment</translation>
    </message>
    <message>
        <source>kunci di berkas pendaftaran bukan kunci yang menandatangani paket</source>
        <translation>the key in the registration file is not the key that signed the package</translation>
    </message>
    <message>
        <source>wilayah atau instalasi di berkas pendaftaran tidak sama dengan manifest</source>
        <translation>the area or installation in the registration file differs from the manifest</translation>
    </message>
    <message>
        <source>keterangan tambahan harus teks pendek (paling banyak 20 kolom)</source>
        <translation>extra details must be short texts (at most 20 fields)</translation>
    </message>
    <message>
        <source>key_id kunci yang dicabut tidak sah</source>
        <translation>invalid key_id of a revoked key</translation>
    </message>
    <message>
        <source>bukan berkas biasa</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>arsip kosong</source>
        <translation>empty archive</translation>
    </message>
    <message>
        <source>ada data tambahan di akhir arsip</source>
        <translation>extra data at the end of the archive</translation>
    </message>
    <message>
        <source>{count} berkas di dalam paket (harus 3)</source>
        <translation>{count} files in the package (there must be 3)</translation>
    </message>
    <message>
        <source>{name}: {size} bita</source>
        <translation>{name}: {size} bytes</translation>
    </message>
    <message>
        <source>{name}: rasio kompresi terlalu tinggi</source>
        <translation>{name}: compression ratio too high</translation>
    </message>
    <message>
        <source>total isi terlalu besar</source>
        <translation>total contents too large</translation>
    </message>
    <message>
        <source>nama berkas dengan jalur/folder tidak diizinkan: {name}</source>
        <translation>file names with a path/folder are not allowed: {name}</translation>
    </message>
    <message>
        <source>nama berkas ganda: {name}</source>
        <translation>duplicate file name: {name}</translation>
    </message>
    <message>
        <source>berkas tidak dikenal: {name}</source>
        <translation>unknown file: {name}</translation>
    </message>
    <message>
        <source>berkas di dalam arsip terenkripsi ZIP</source>
        <translation>a file in the archive is ZIP-encrypted</translation>
    </message>
    <message>
        <source>metode kompresi tidak didukung</source>
        <translation>compression method not supported</translation>
    </message>
    <message>
        <source>{name} tidak ada</source>
        <translation>{name} is missing</translation>
    </message>
    <message>
        <source>harus ada tepat satu payload.jsonl atau payload.jsonl.age</source>
        <translation>there must be exactly one payload.jsonl or payload.jsonl.age</translation>
    </message>
    <message>
        <source>ada data sebelum isi arsip</source>
        <translation>data before the archive contents</translation>
    </message>
    <message>
        <source>{name} lebih besar dari yang dinyatakan</source>
        <translation>{name} is larger than declared</translation>
    </message>
    <message>
        <source>{name} tidak ada di dalam paket</source>
        <translation>{name} is not in the package</translation>
    </message>
    <message>
        <source>semua desa di kabupaten {code}</source>
        <translation>all villages in district {code}</translation>
    </message>
    <message>
        <source>kunci instalasi tidak tersedia</source>
        <translation>the installation keys are not available</translation>
    </message>
    <message>
        <source>paket ini tidak dienkripsi untuk instalasi ini</source>
        <translation>this package was not encrypted for this installation</translation>
    </message>
    <message>
        <source>data terenkripsi rusak</source>
        <translation>the encrypted data is damaged</translation>
    </message>
    <message>
        <source>baris terakhir tidak lengkap</source>
        <translation>the last line is incomplete</translation>
    </message>
    <message>
        <source>terlalu banyak baris</source>
        <translation>too many lines</translation>
    </message>
    <message>
        <source>baris terlalu panjang</source>
        <translation>line too long</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>id rekaman ganda dalam satu paket</source>
        <translation>duplicate record id in one package</translation>
    </message>
    <message>
        <source>berkas pendaftaran harus tepat satu baris</source>
        <translation>a registration file must have exactly one line</translation>
    </message>
    <message>
        <source>jumlah baris berbeda dengan manifest</source>
        <translation>the number of lines differs from the manifest</translation>
    </message>
    <message>
        <source>Pilih baris judul kolom dan cocokkan kolomnya secara manual.</source>
        <translation>Choose the column heading row and match the columns by hand.</translation>
    </message>
    <message>
        <source>Data sama dengan yang sudah ada: tidak ada perubahan.</source>
        <translation>Same data as the existing record: nothing changed.</translation>
    </message>
    <message>
        <source>NIK sama dengan baris {row} di berkas ini: baris ini tidak diimpor.</source>
        <translation>Same NIK as row {row} of this file: this row was not imported.</translation>
    </message>
    <message>
        <source>NIK sudah terdaftar atas nama {name}: dilewati.</source>
        <translation>NIK already registered under the name {name}: skipped.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Menjadi</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source> (perlu perbaikan)</source>
        <translation> (needs fixing)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>NIK yang sudah ada di SIPERA:</source>
        <translation>NIKs already in SIPERA:</translation>
    </message>
    <message>
        <source>Lewati (data yang ada tidak diubah)</source>
        <translation>Skip (existing records are not changed)</translation>
    </message>
    <message>
        <source>Perbarui data yang ada</source>
        <translation>Update the existing records</translation>
    </message>
    <message>
        <source>Hanya baris yang bermasalah</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <source>Simpan Laporan Pratinjau...</source>
        <translation>Save preview report...</translation>
    </message>
    <message>
        <source>Merah: data tetap diimpor tetapi berstatus &apos;perlu perbaikan&apos; (tidak ikut dikirim sampai diperbaiki). Kuning: periksa lagi. Pilih satu baris untuk membaca keterangannya lengkap.</source>
        <translation>Red: the record is still imported, but with status &apos;needs fixing&apos; (not sent until it is fixed). Yellow: check again. Select a row to read its full details.</translation>
    </message>
    <message>
        <source>Menyiapkan pratinjau...</source>
        <translation>Preparing the preview...</translation>
    </message>
    <message>
        <source>Pratinjau dibatalkan. Tidak ada data yang diubah.</source>
        <translation>Preview cancelled. No data was changed.</translation>
    </message>
    <message>
        <source>Memeriksa setiap baris (belum ada yang disimpan)...</source>
        <translation>Checking each row (nothing saved yet)...</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat keterangannya.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <source>Baris {row}: {name} → {status}</source>
        <translation>Row {row}: {name} → {status}</translation>
    </message>
    <message>
        <source>Tidak ada masalah.</source>
        <translation>No problems.</translation>
    </message>
    <message>
        <source>Tidak ada data baru atau perubahan untuk diimpor dari berkas ini.</source>
        <translation>This file has no new or changed records to import.</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Data ini sudah dihapus oleh desa.</source>
        <translation>The village has deleted this record.</translation>
    </message>
    <message>
        <source>Riwayat:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Orang ini tetap di desa ini</source>
        <translation>This person stays in this village</translation>
    </message>
    <message>
        <source>Simpan data ini (yang lain ditolak: data ganda)</source>
        <translation>Keep this record (the other is rejected: duplicate)</translation>
    </message>
    <message>
        <source>✔ Dipilih: data ini disimpan</source>
        <translation>✔ Chosen: this record is kept</translation>
    </message>
    <message>
        <source>✔ Dipilih: tetap di desa ini</source>
        <translation>✔ Chosen: stays in this village</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Identitas (sesuai KTP)</source>
        <translation>Identity (as on the KTP)</translation>
    </message>
    <message>
        <source>16 angka NIK</source>
        <translation>16-digit NIK</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 angka nomor KK</source>
        <translation>16-digit family card number</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>nama lengkap sesuai KTP</source>
        <translation>full name as on the KTP</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>H., Hj., Drs., S.Pd. ...</source>
        <translation>H., Hj., Drs., S.Pd. ...</translation>
    </message>
    <message>
        <source>Gelar</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>L - Laki-laki</source>
        <translation>L - Male</translation>
    </message>
    <message>
        <source>P - Perempuan</source>
        <translation>P - Female</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Alamat dan kontak</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>jalan, kampung, nomor rumah</source>
        <translation>street, kampung, house number</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>nama dusun/lingkungan</source>
        <translation>name of the hamlet (dusun/lingkungan)</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>- pilih pekerjaan -</source>
        <translation>- choose occupation -</translation>
    </message>
    <message>
        <source>sebutkan pekerjaannya</source>
        <translation>name the occupation</translation>
    </message>
    <message>
        <source>Sebutkan</source>
        <translation>Specify</translation>
    </message>
    <message>
        <source>kosong bila tidak diketahui</source>
        <translation>empty if not known</translation>
    </message>
    <message>
        <source>Penghasilan/bulan</source>
        <translation>Income/month</translation>
    </message>
    <message>
        <source>Program dan sumber data</source>
        <translation>Programme and data source</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>- pilih -</source>
        <translation>- choose -</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Mulai kepesertaan</source>
        <translation>Coverage start</translation>
    </message>
    <message>
        <source>Akhir kepesertaan</source>
        <translation>Coverage end</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>catatan untuk petugas</source>
        <translation>notes for staff</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; Baru (Ctrl+Shift+S)</source>
        <translation>Save &amp;&amp; New (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Data Baru</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Data pekerja baru</source>
        <translation>New worker record</translation>
    </message>
    <message>
        <source>Ubah Data - {name}</source>
        <translation>Edit record - {name}</translation>
    </message>
    <message>
        <source>Ubah data: {name}</source>
        <translation>Edit record: {name}</translation>
    </message>
    <message>
        <source>{field} &apos;{text}&apos; tidak terbaca sebagai tanggal. Tulis hh-bb-tttt, misalnya 17-08-1985.</source>
        <translation>{field} &apos;{text}&apos; cannot be read as a date. Write dd-mm-yyyy, for example 17-08-1985.</translation>
    </message>
    <message>
        <source>Penghasilan &apos;{text}&apos; tidak terbaca sebagai angka rupiah.</source>
        <translation>Income &apos;{text}&apos; cannot be read as a rupiah amount.</translation>
    </message>
    <message>
        <source>kode wilayah {code} tidak dikenal</source>
        <translation>region code {code} unknown</translation>
    </message>
    <message>
        <source>lahir {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>baru {n} dari 16 angka</source>
        <translation>only {n} of 16 digits</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar atas nama {name}{where}. Satu NIK hanya boleh satu data aktif.</source>
        <translation>This NIK is already registered for {name}{where}. One NIK may have only one active record.</translation>
    </message>
    <message>
        <source>Buka data yang ada</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Mungkin orang yang sama sudah terdaftar:</source>
        <translation>The same person may already be registered:</translation>
    </message>
    <message numerus="yes">
        <source>%n data tersimpan di sesi ini.</source>
        <translation>
            <numerusform>%n record saved in this session.</numerusform>
            <numerusform>%n records saved in this session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kesalahan</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peringatan</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditolak kabupaten</source>
        <translation>Rejected by the district</translation>
    </message>
    <message>
        <source>Kabupaten minta perbaikan</source>
        <translation>The district asks for a correction</translation>
    </message>
    <message numerus="yes">
        <source>Data ini masih punya %n kesalahan:</source>
        <translation>
            <numerusform>This record still has %n error:</numerusform>
            <numerusform>This record still has %n errors:</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ {name} disimpan (perlu perbaikan). Silakan isi data berikutnya.</source>
        <translation>✔ {name} saved (needs fixing). Please enter the next record.</translation>
    </message>
    <message>
        <source>✔ {name} disimpan (tersimpan). Silakan isi data berikutnya.</source>
        <translation>✔ {name} saved. Please enter the next record.</translation>
    </message>
    <message>
        <source>{message} Buka data yang sudah ada?</source>
        <translation>{message} Open the existing record?</translation>
    </message>
    <message>
        <source>Bila disimpan, statusnya &apos;Perlu perbaikan&apos; dan belum ikut dikirim ke kabupaten sampai diperbaiki.</source>
        <translation>If saved, its status is &apos;Needs fixing&apos; and it is not sent to the district until it is fixed.</translation>
    </message>
    <message>
        <source>Mungkin orang ini sudah terdaftar:</source>
        <translation>This person may already be registered:</translation>
    </message>
    <message>
        <source>Tetap simpan?</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Tgl. Lahir</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Cari nama desa/kelurahan</source>
        <translation>Search village name</translation>
    </message>
    <message>
        <source>Ketik sebagian nama desa, misalnya: besuki</source>
        <translation>Type part of the village name, e.g.: besuki</translation>
    </message>
    <message>
        <source>Atau pilih dari daftar</source>
        <translation>Or choose from the lists</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Subdistrict (kecamatan)</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>District (kabupaten/kota)</translation>
    </message>
    <message>
        <source>Desa/kelurahan Anda</source>
        <translation>Your village</translation>
    </message>
    <message>
        <source>Ketik sebagian nama desa lalu pilih dari hasil, atau pilih lewat daftar wilayah.</source>
        <translation>Type part of the village name and choose from the results, or choose through the region lists.</translation>
    </message>
    <message>
        <source>Kabupaten/kota Anda</source>
        <translation>Your district</translation>
    </message>
    <message>
        <source>Pilih provinsi, lalu kabupaten/kota tempat dinas Anda.</source>
        <translation>Choose the province, then the district (kabupaten/kota) of your office.</translation>
    </message>
    <message>
        <source>Pilih dari daftar</source>
        <translation>Choose from the lists</translation>
    </message>
    <message>
        <source>- pilih provinsi -</source>
        <translation>- choose province -</translation>
    </message>
    <message>
        <source>Terpilih: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>Belum ada desa/kelurahan yang dipilih.</source>
        <translation>No village selected yet.</translation>
    </message>
    <message>
        <source>Belum ada kabupaten/kota yang dipilih.</source>
        <translation>No district selected yet.</translation>
    </message>
    <message>
        <source>Ketik minimal 2 huruf.</source>
        <translation>Type at least 2 letters.</translation>
    </message>
    <message>
        <source>Tidak ada desa/kelurahan dengan nama itu. Periksa ejaannya atau pilih lewat daftar di bawah.</source>
        <translation>No village with that name. Check the spelling or choose through the lists below.</translation>
    </message>
    <message>
        <source>Menampilkan %1 hasil pertama; ketik lebih lengkap untuk mempersempit.</source>
        <translation>Showing the first %1 results; type more to narrow them down.</translation>
    </message>
    <message numerus="yes">
        <source>%n desa/kelurahan ditemukan.</source>
        <translation>
            <numerusform>%n village found.</numerusform>
            <numerusform>%n villages found.</numerusform>
        </translation>
    </message>
    <message>
        <source>- pilih kabupaten/kota -</source>
        <translation>- choose district -</translation>
    </message>
    <message>
        <source>- pilih kecamatan -</source>
        <translation>- choose subdistrict -</translation>
    </message>
    <message>
        <source>- pilih desa/kelurahan -</source>
        <translation>- choose village -</translation>
    </message>
</context>
<context>
    <name>RestoreConfigPage</name>
    <message>
        <source>Pulihkan data desa - langkah 2 dari 3: konfigurasi kabupaten</source>
        <translation>Restore the village data - step 2 of 3: district configuration</translation>
    </message>
    <message>
        <source>Paket pemulihan hanya diterima dari kabupaten yang kuncinya sudah disimpan di laptop ini. Impor dulu paket konfigurasi yang dibuat kabupaten sesudah mendaftarkan desa ini.</source>
        <translation>A restore package is only accepted from a district whose key is already stored on this laptop. First import the configuration package the district made after registering this village.</translation>
    </message>
    <message>
        <source>Belum menerima berkas dari kabupaten? Tekan Mulai; langkah ini dan langkah 3 ada di menu Kirim.</source>
        <translation>No file from the district yet? Press Start; this step and step 3 are in the Send menu.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kapan</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Jenis cadangan</source>
        <translation>Kind of backup</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Pulihkan data dari cadangan</source>
        <translation>Restore data from a backup</translation>
    </message>
    <message>
        <source>Database SIPERA rusak dan tidak bisa dibuka. Pilih cadangan yang akan dipulihkan, biasanya yang paling baru. Data yang diubah setelah cadangan itu dibuat perlu dimasukkan ulang. Database yang rusak disimpan dulu sebagai salinan di folder cadangan.</source>
        <translation>The SIPERA database is damaged and cannot be opened. Choose the backup to restore, usually the newest. Data changed after that backup was made must be entered again. The damaged database is first kept as a copy in the backups folder.</translation>
    </message>
    <message>
        <source>Pilih cadangan yang akan dipulihkan, lalu klik &apos;Pulihkan...&apos;. Data sekarang akan diganti dengan data pada saat cadangan itu dibuat. Data sekarang disimpan dulu sebagai cadangan, jadi masih bisa dikembalikan. SIPERA akan ditutup sebentar lalu dibuka kembali.</source>
        <translation>Choose the backup to restore, then click &apos;Restore...&apos;. The current data will be replaced by the data as it was when that backup was made. The current data is first kept as a backup, so it can still be brought back. SIPERA closes for a moment and opens again.</translation>
    </message>
    <message>
        <source>Belum ada cadangan di folder cadangan SIPERA. Bila ada cadangan di flashdisk, pasang flashdisknya lalu klik &apos;Pilih berkas lain...&apos;.</source>
        <translation>There are no backups in the SIPERA backups folder yet. If there is a backup on a flash drive, plug the flash drive in and click &apos;Choose another file...&apos;.</translation>
    </message>
    <message>
        <source>Folder cadangan: {path}</source>
        <translation>Backups folder: {path}</translation>
    </message>
    <message>
        <source>Pilih berkas lain...</source>
        <translation>Choose another file...</translation>
    </message>
    <message>
        <source>Cadangan yang disimpan di flashdisk atau folder lain</source>
        <translation>A backup kept on a flash drive or in another folder</translation>
    </message>
    <message>
        <source>Pulihkan...</source>
        <translation>Restore...</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n data</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih berkas cadangan (misalnya di flashdisk)</source>
        <translation>Choose the backup file (for example on a flash drive)</translation>
    </message>
    <message>
        <source>Memeriksa cadangan...</source>
        <translation>Checking the backup...</translation>
    </message>
    <message>
        <source>Cadangan tidak bisa dipulihkan</source>
        <translation>The backup cannot be restored</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan?</source>
        <translation>Restore from the backup?</translation>
    </message>
    <message>
        <source>Ya, Pulihkan</source>
        <translation>Yes, Restore</translation>
    </message>
    <message>
        <source>PERHATIAN: cadangan ini milik {other} ({other_code}), bukan {mine} ({code}).</source>
        <translation>WARNING: this backup belongs to {other} ({other_code}), not to {mine} ({code}).</translation>
    </message>
    <message>
        <source>Data sekarang akan diganti dengan data cadangan tanggal {date} pukul {time}.</source>
        <translation>The current data will be replaced by the data of the backup of {date} at {time}.</translation>
    </message>
    <message numerus="yes">
        <source>Cadangan ini berisi %n data pekerja aktif dari {village}.</source>
        <translation>
            <numerusform>This backup holds %n active worker record of {village}.</numerusform>
            <numerusform>This backup holds %n active worker records of {village}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cadangan ini berisi %n data pekerja aktif.</source>
        <translation>
            <numerusform>This backup holds %n active worker record.</numerusform>
            <numerusform>This backup holds %n active worker records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Perubahan setelah {date} pukul {time} tidak ada di cadangan ini. Database yang rusak disimpan dulu sebagai salinan di folder cadangan.</source>
        <translation>Changes made after {date} at {time} are not in this backup. The damaged database is first kept as a copy in the backups folder.</translation>
    </message>
    <message>
        <source>Perubahan setelah {date} pukul {time} tidak ada di cadangan ini. Data sekarang disimpan dulu sebagai cadangan (jenis &apos;sebelum pemulihan&apos;), jadi masih bisa dikembalikan.</source>
        <translation>Changes made after {date} at {time} are not in this backup. The current data is first kept as a backup (kind &apos;before a restore&apos;), so it can still be brought back.</translation>
    </message>
    <message>
        <source>SIPERA akan ditutup lalu dibuka kembali dengan data yang dipulihkan.</source>
        <translation>SIPERA will close and open again with the restored data.</translation>
    </message>
</context>
<context>
    <name>RestoreEnrollPage</name>
    <message>
        <source>Pulihkan data desa - langkah 1 dari 3: daftar ulang</source>
        <translation>Restore the village data - step 1 of 3: register again</translation>
    </message>
    <message>
        <source>Laptop ini punya kunci baru. Kabupaten harus mendaftarkannya dulu; kunci laptop lama otomatis tidak berlaku lagi.</source>
        <translation>This laptop has a new key. The district must register it first; the old laptop&apos;s key then stops being valid.</translation>
    </message>
    <message>
        <source>Bawa berkas pendaftaran ke Disperinaker kabupaten (atau kirim lewat email). Kabupaten lalu membuat paket konfigurasi dan paket pemulihan untuk desa ini. Bila harus menunggu, tekan Mulai sekarang; langkah 2 dan 3 ada di menu Kirim: Impor Konfigurasi Kabupaten, lalu Pulihkan dari Paket Pemulihan.</source>
        <translation>Take the registration file to the district Disperinaker (or send it by email). The district then makes a configuration package and a restore package for this village. If you have to wait, press Start now; steps 2 and 3 are in the Send menu: Import district configuration, then Restore from a Restore Package.</translation>
    </message>
</context>
<context>
    <name>RestoreImportPage</name>
    <message>
        <source>Pulihkan data desa - langkah 3 dari 3: paket pemulihan</source>
        <translation>Restore the village data - step 3 of 3: restore package</translation>
    </message>
    <message>
        <source>Pilih berkas paket pemulihan dari kabupaten (SIPERA_restore_....sipera). Data desa yang pernah dikirim kembali ke laptop ini, lengkap dengan status verifikasinya.</source>
        <translation>Choose the restore package file from the district (SIPERA_restore_....sipera). The village data that was sent comes back to this laptop, with its verification statuses.</translation>
    </message>
    <message>
        <source>Pemulihan hanya bisa dilakukan pada instalasi baru yang masih kosong: belum ada data warga dan belum pernah mengirim paket data. Data yang diisi di laptop lama tetapi belum dikirim ke kabupaten tidak ikut kembali; isi ulang data itu sesudah pemulihan.</source>
        <translation>A restore only works on a new, still empty installation: no residents&apos; data yet and no data package sent yet. Data entered on the old laptop but never sent to the district does not come back; enter it again after the restore.</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Pilih Paket Pemulihan...</source>
        <translation>Choose Restore Package...</translation>
    </message>
    <message>
        <source>Bila paket pemulihan belum ada, tekan Mulai; impor nanti lewat menu Kirim &gt; Pulihkan dari Paket Pemulihan.</source>
        <translation>If there is no restore package yet, press Start; import it later from Send &gt; Restore from a Restore Package.</translation>
    </message>
    <message>
        <source>Pilih paket pemulihan dari kabupaten</source>
        <translation>Choose the restore package from the district</translation>
    </message>
    <message>
        <source>Memulihkan data desa...</source>
        <translation>Restoring the village data...</translation>
    </message>
    <message>
        <source>✔ {n} data dipulihkan. Paket data berikutnya bernomor {seq}. Tekan Mulai untuk membuka data desa.</source>
        <translation>✔ {n} records restored. The next data package is number {seq}. Press Start to open the village data.</translation>
    </message>
    <message>
        <source>Paket pemulihan ditolak: {reason}</source>
        <translation>Restore package refused: {reason}</translation>
    </message>
</context>
<context>
    <name>ResultsApplyPage</name>
    <message>
        <source>Menerapkan hasil dari {name}...</source>
        <translation>Applying the answers from {name}...</translation>
    </message>
    <message>
        <source>Membuat cadangan data sebelum menerapkan hasil...</source>
        <translation>Backing up the data before applying the answers...</translation>
    </message>
    <message>
        <source>Menerapkan hasil...</source>
        <translation>Applying the answers...</translation>
    </message>
    <message>
        <source>Dibatalkan. Tidak ada data yang diubah.</source>
        <translation>Cancelled. No data was changed.</translation>
    </message>
    <message>
        <source>Hasil tidak diterapkan. Tidak ada data yang diubah.</source>
        <translation>The answers were not applied. No data was changed.</translation>
    </message>
    <message>
        <source>Hasil sudah diterapkan dan tersimpan.</source>
        <translation>The answers have been applied and saved.</translation>
    </message>
    <message>
        <source>Selesai: {applied} data diperbarui, {other} baris tidak diterapkan. Simpan laporan untuk dikembalikan ke pengirim.</source>
        <translation>Done: {applied} records updated, {other} rows not applied. Save the report to send back to the sender.</translation>
    </message>
    <message>
        <source>Cadangan sebelum menerapkan hasil: {path}</source>
        <translation>Backup before applying the answers: {path}</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Diterapkan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Sudah sama</source>
        <translation>Already the same</translation>
    </message>
    <message>
        <source>NIK tidak ada</source>
        <translation>NIK not held</translation>
    </message>
    <message>
        <source>NIK di dua desa</source>
        <translation>NIK in two desa</translation>
    </message>
    <message>
        <source>NIK berupa angka</source>
        <translation>NIK as a number</translation>
    </message>
    <message>
        <source>NIK tidak sah</source>
        <translation>Invalid NIK</translation>
    </message>
    <message>
        <source>Baris ganda</source>
        <translation>Duplicate row</translation>
    </message>
    <message>
        <source>Bertentangan</source>
        <translation>Contradicting</translation>
    </message>
    <message>
        <source>Status tak dikenal</source>
        <translation>Unknown status</translation>
    </message>
    <message>
        <source>KPJ tidak sah</source>
        <translation>Invalid KPJ</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Status / hasil</source>
        <translation>Status / result</translation>
    </message>
    <message>
        <source>Keterangan / alasan</source>
        <translation>Remark / reason</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>Nama di SIAK</source>
        <translation>Name in SIAK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Nama (desa)</source>
        <translation>Name (village)</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Pilih berkas hasil</source>
        <translation>Choose the results file</translation>
    </message>
</context>
<context>
    <name>ResultsFilePage</name>
    <message>
        <source>Pilih berkas jawaban dari Disdukcapil (padan / tidak padan) atau BPJS (terdaftar + nomor KPJ / ditolak + alasan). Jawaban dicocokkan dengan NIK; belum ada data yang diubah sampai langkah terakhir.</source>
        <translation>Choose the answer file from Disdukcapil (match / no match) or BPJS (registered + KPJ number / refused + reason). Answers are matched by NIK; no data is changed until the last step.</translation>
    </message>
    <message>
        <source>NIK yang di Excel tersimpan sebagai angka tidak diterapkan (angka terakhirnya bisa salah): minta berkas dengan kolom NIK sebagai teks.</source>
        <translation>NIKs stored as numbers in Excel are not applied (their last digits may be wrong): ask for a file with the NIK column as text.</translation>
    </message>
    <message>
        <source>&amp;Jenis hasil:</source>
        <translation>&amp;Kind of answers:</translation>
    </message>
    <message>
        <source>Hasil padan Disdukcapil (padan / tidak padan)</source>
        <translation>Disdukcapil match results (match / no match)</translation>
    </message>
    <message>
        <source>Hasil pendaftaran BPJS (terdaftar + KPJ / ditolak)</source>
        <translation>BPJS registration results (registered + KPJ / refused)</translation>
    </message>
    <message numerus="yes">
        <source>Judul kolom ditemukan di baris {row}; %n baris jawaban akan diperiksa.</source>
        <translation>
            <numerusform>Column headings found in row {row}; %n answer row will be checked.</numerusform>
            <numerusform>Column headings found in row {row}; %n answer rows will be checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ikut dibaca: {rows}.</source>
        <translation>Not read: {rows}.</translation>
    </message>
</context>
<context>
    <name>ResultsMappingPage</name>
    <message>
        <source>Periksa kolom mana berisi apa. Yang wajib: NIK dan status (hasil); untuk BPJS kolom nomor KPJ saja juga cukup (berarti terdaftar). Ubah pilihan &apos;Diimpor sebagai&apos; bila salah.</source>
        <translation>Check which column holds what. Required: NIK and status (result); for BPJS a KPJ number column alone is enough (meaning registered). Change &apos;Imported as&apos; where it is wrong.</translation>
    </message>
    <message>
        <source>Tentukan kolom NIK dan status untuk melanjutkan.</source>
        <translation>Choose the NIK and status columns to continue.</translation>
    </message>
</context>
<context>
    <name>ResultsPreviewPage</name>
    <message>
        <source>Simpan Laporan Pratinjau...</source>
        <translation>Save Preview Report...</translation>
    </message>
    <message>
        <source>Merah: jawaban yang tidak diterapkan (alasannya di kolom Keterangan). Kuning: diterapkan, tetapi periksa lagi. Pilih satu baris untuk membaca keterangannya lengkap.</source>
        <translation>Red: answers that will not be applied (the reason is in the Notes column). Amber: applied, but check again. Select a row to read its notes in full.</translation>
    </message>
    <message>
        <source>Memeriksa setiap jawaban (belum ada yang diubah)...</source>
        <translation>Checking every answer (nothing changed yet)...</translation>
    </message>
    <message>
        <source>Desa: {desa}</source>
        <translation>Village: {desa}</translation>
    </message>
    <message>
        <source>{rows} baris dibaca: {applied} akan diterapkan, {same} sudah sama, {other} tidak diterapkan (lihat keterangan per baris).</source>
        <translation>{rows} rows read: {applied} will be applied, {same} already the same, {other} not applied (see the notes per row).</translation>
    </message>
    <message numerus="yes">
        <source>%n baris lain tidak dibaca (judul, baris kosong atau JUMLAH).</source>
        <translation>
            <numerusform>%n other row was not read (title, empty row or TOTAL).</numerusform>
            <numerusform>%n other rows were not read (titles, empty rows or TOTAL).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada jawaban yang akan diterapkan dari berkas ini.</source>
        <translation>No answer from this file will be applied.</translation>
    </message>
</context>
<context>
    <name>ResultsWizard</name>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Impor Hasil Dukcapil / BPJS</source>
        <translation>Import Dukcapil / BPJS Results</translation>
    </message>
    <message>
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Batalkan Impor Hasil Terakhir</source>
        <translation>Undo Last Results Import</translation>
    </message>
    <message>
        <source>1. Jenis hasil, berkas dan lembar</source>
        <translation>1. Kind of answers, file and sheet</translation>
    </message>
    <message>
        <source>2. Cocokkan kolom</source>
        <translation>2. Match the columns</translation>
    </message>
    <message>
        <source>3. Pratinjau: apa yang terjadi pada setiap jawaban</source>
        <translation>3. Preview: what happens to every answer</translation>
    </message>
    <message>
        <source>4. Terapkan</source>
        <translation>4. Apply</translation>
    </message>
    <message>
        <source>Laporan hasil - {name}.xlsx</source>
        <translation>Results report - {name}.xlsx</translation>
    </message>
    <message>
        <source>Impor hasil terakhir: &apos;{file}&apos; pada {when}: {count} data diperbarui.</source>
        <translation>Last results import: &apos;{file}&apos; on {when}: {count} records updated.</translation>
    </message>
    <message>
        <source>Jawaban yang diterapkan impor itu akan dikembalikan seperti sebelumnya. Lanjutkan?</source>
        <translation>The answers that import applied will be put back as they were before. Continue?</translation>
    </message>
    <message>
        <source>Impor hasil &apos;{file}&apos; dibatalkan: {count} data dikembalikan.</source>
        <translation>Results import &apos;{file}&apos; undone: {count} records restored.</translation>
    </message>
    <message>
        <source>Membatalkan impor hasil terakhir...</source>
        <translation>Undoing the last results import...</translation>
    </message>
</context>
<context>
    <name>RunGui</name>
    <message>
        <source>SIPERA tidak bisa dibuka</source>
        <translation>SIPERA cannot be opened</translation>
    </message>
    <message>
        <source>Folder data {path} belum disiapkan.</source>
        <translation>The data folder {path} has not been set up yet.</translation>
    </message>
    <message>
        <source>Folder data {path} tidak bisa dibuat ({reason}). Pilih folder lain yang bisa ditulis.</source>
        <translation>The data folder {path} cannot be created ({reason}). Choose another folder that can be written to.</translation>
    </message>
    <message>
        <source>Data tidak dipulihkan</source>
        <translation>Data not restored</translation>
    </message>
    <message>
        <source>Data dipulihkan dari cadangan tanggal {date} pukul {time}.</source>
        <translation>The data was restored from the backup of {date} at {time}.</translation>
    </message>
    <message>
        <source>Database yang rusak disimpan sebagai salinan:
{path}</source>
        <translation>The damaged database was kept as a copy:
{path}</translation>
    </message>
    <message>
        <source>Data sebelum pemulihan disimpan sebagai cadangan:
{path}</source>
        <translation>The data from before the restore was kept as a backup:
{path}</translation>
    </message>
    <message>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
</context>
<context>
    <name>SendPackageDialog</name>
    <message>
        <source>Kirim ke Kabupaten</source>
        <translation>Send to district</translation>
    </message>
    <message>
        <source>Impor Konfigurasi Kabupaten...</source>
        <translation>Import district configuration...</translation>
    </message>
    <message>
        <source>Sidik berkas:</source>
        <translation>File checksum:</translation>
    </message>
    <message>
        <source>Sidik berkas ini juga tercetak di Berita Acara. Cetak Berita Acara, tanda tangani, dan serahkan bersama flashdisk; petugas kabupaten mencocokkan sidik berkasnya saat menerima.</source>
        <translation>This file checksum is also printed on the handover report (berita acara). Print the handover report, sign it and hand it over with the flash drive; the district officer checks the file checksum on receipt.</translation>
    </message>
    <message>
        <source>Buka Berita Acara (PDF)</source>
        <translation>Open handover report (PDF)</translation>
    </message>
    <message>
        <source>Buka Folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Yang akan dikirim</source>
        <translation>What will be sent</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Alasan ditahan</source>
        <translation>Reason held back</translation>
    </message>
    <message>
        <source>Kirim ulang seluruh data</source>
        <translation>Resend all records</translation>
    </message>
    <message>
        <source>Hanya bila kabupaten meminta kiriman ulang (misalnya data di kabupaten hilang). Biasanya cukup data yang baru atau berubah.</source>
        <translation>Only if the district asks for a resend (e.g. the district lost its data). Usually new or changed records are enough.</translation>
    </message>
    <message>
        <source>Biasanya tidak perlu: hanya bila kabupaten meminta kiriman ulang.</source>
        <translation>Usually not needed: only if the district asks for a resend.</translation>
    </message>
    <message>
        <source>Simpan paket ke folder:</source>
        <translation>Save the package to folder:</translation>
    </message>
    <message>
        <source>Buat Paket Data</source>
        <translation>Create data package</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kirim data ke Disperinaker {name}</source>
        <translation>Send data to Disperinaker {name}</translation>
    </message>
    <message>
        <source>Kirim data ke Kabupaten</source>
        <translation>Send data to the district</translation>
    </message>
    <message>
        <source>Tidak ada data baru atau berubah sejak paket terakhir.</source>
        <translation>No new or changed records since the last package.</translation>
    </message>
    <message>
        <source>Centang &apos;Kirim ulang seluruh data&apos; hanya bila kabupaten memintanya.</source>
        <translation>Tick &apos;Resend all records&apos; only if the district asks for it.</translation>
    </message>
    <message>
        <source>Belum ada data yang bisa dikirim.</source>
        <translation>There are no records that can be sent yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n data akan dikirim (seluruh data).</source>
        <translation>
            <numerusform>%n record will be sent (all records).</numerusform>
            <numerusform>%n records will be sent (all records).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data akan dikirim (data baru atau berubah).</source>
        <translation>
            <numerusform>%n record will be sent (new or changed records).</numerusform>
            <numerusform>%n records will be sent (new or changed records).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Termasuk %n penghapusan.</source>
        <translation>
            <numerusform>Including %n deletion.</numerusform>
            <numerusform>Including %n deletions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paket nomor {seq} sudah dicatat tetapi belum tertulis ke flashdisk (pengiriman terputus). Kirim menuliskan paket yang sama lagi.</source>
        <translation>Package number {seq} is recorded but was not written to the flash drive (the sending was interrupted). Send writes the same package again.</translation>
    </message>
    <message numerus="yes">
        <source>%n data DITAHAN karena masih ada kesalahan dan tidak ikut terkirim. Perbaiki dulu di daftar data (status &apos;Perlu perbaikan&apos;), lalu buka lagi jendela ini:</source>
        <translation>
            <numerusform>%n record is HELD BACK because it still has errors and will not be sent. Fix it first in the record list (status &apos;Needs fixing&apos;), then open this window again:</numerusform>
            <numerusform>%n records are HELD BACK because they still have errors and will not be sent. Fix them first in the record list (status &apos;Needs fixing&apos;), then open this window again:</numerusform>
        </translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>dibuat {when}</source>
        <translation>made {when}</translation>
    </message>
    <message>
        <source>Disperinaker {name}</source>
        <translation>Disperinaker {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n paket, terakhir {when}</source>
        <translation>
            <numerusform>%n package, last on {when}</numerusform>
            <numerusform>%n packages, last on {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kali, terakhir {when}</source>
        <translation>
            <numerusform>%n time, last on {when}</numerusform>
            <numerusform>%n times, last on {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... dan %n lainnya</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Langkah kirim</source>
        <translation>Steps to send</translation>
    </message>
    <message>
        <source>1. Berkas pendaftaran dibuat, sidik jari desa dibacakan kepada petugas</source>
        <translation>1. Registration file created, village fingerprint read aloud to the officer</translation>
    </message>
    <message>
        <source>2. Konfigurasi kabupaten diimpor, sidik jari kabupaten dicocokkan</source>
        <translation>2. District configuration imported, district fingerprint compared</translation>
    </message>
    <message>
        <source>3. Paket data dikirim</source>
        <translation>3. Data packages sent</translation>
    </message>
    <message>
        <source>4. Hasil pemeriksaan dari kabupaten diterima</source>
        <translation>4. District&apos;s check results received</translation>
    </message>
    <message>
        <source>Paket data belum bisa dibuat: SIPERA desa ini belum mengenal kunci Disperinaker kabupaten. Yang perlu dilakukan:
1. Daftarkan desa: &apos;Buat Berkas Pendaftaran&apos;, simpan ke flashdisk dan serahkan ke Disperinaker. {enrollment}
2. Minta berkas konfigurasi dari Disperinaker (SIPERA_config_....sipera, lewat flashdisk atau email), lalu &apos;Impor Konfigurasi Kabupaten&apos;. {config}
3. Sesudah itu paket data bisa dibuat di jendela ini.</source>
        <translation>No data package can be made yet: this village&apos;s SIPERA does not know the Disperinaker district key. What to do:
1. Register the village: &apos;Create registration file&apos;, save it to a USB stick and hand it to Disperinaker. {enrollment}
2. Ask Disperinaker for the configuration file (SIPERA_config_....sipera, by USB stick or email), then &apos;Import district configuration&apos;. {config}
3. After that data packages can be made in this window.</translation>
    </message>
    <message>
        <source>Buat Berkas Pendaftaran...</source>
        <translation>Create registration file...</translation>
    </message>
    <message>
        <source>Impor dulu konfigurasi kabupaten.</source>
        <translation>Import the district configuration first.</translation>
    </message>
    <message>
        <source>Pilih dulu folder tujuan.</source>
        <translation>Choose the target folder first.</translation>
    </message>
    <message>
        <source>Membuat paket data...</source>
        <translation>Creating the data package...</translation>
    </message>
    <message>
        <source>Paket tidak dibuat</source>
        <translation>Package not created</translation>
    </message>
    <message>
        <source>Tidak ada data baru atau berubah untuk dikirim; tidak ada paket yang dibuat.</source>
        <translation>No new or changed records to send; no package was created.</translation>
    </message>
    <message>
        <source>✔ Paket data nomor {seq} berhasil dibuat:</source>
        <translation>✔ Data package no. {seq} created:</translation>
    </message>
    <message>
        <source>di folder {folder}</source>
        <translation>in folder {folder}</translation>
    </message>
    <message>
        <source>Pengiriman sebelumnya terputus: paket yang sudah dicatat ditulis ulang, tidak ada paket baru. Kirim lagi untuk data yang berubah setelahnya.</source>
        <translation>The previous sending was interrupted: the package already recorded was written again; no new package was made. Send again for data changed since.</translation>
    </message>
    <message>
        <source>Berita Acara tidak bisa dibuka. Berkasnya ada di {path}.</source>
        <translation>The handover report could not be opened. The file is at {path}.</translation>
    </message>
</context>
<context>
    <name>SentContentsDialog</name>
    <message>
        <source>Isi paket {name}</source>
        <translation>Contents of package {name}</translation>
    </message>
    <message numerus="yes">
        <source>Paket nomor {seq}, dibuat {when}: %n data.</source>
        <translation>
            <numerusform>Package no. {seq}, created {when}: %n record.</numerusform>
            <numerusform>Package no. {seq}, created {when}: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Nama operator dicatat pada setiap perubahan data. Klik dua kali untuk mengubah nama. Minimal satu operator.</source>
        <translation>The operator&apos;s name is recorded with every change. Double-click to rename. At least one operator.</translation>
    </message>
    <message>
        <source>Nama operator baru</source>
        <translation>New operator name</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ubah nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Hapus dari daftar</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Bahasa baru langsung dipakai setelah Simpan ditekan.</source>
        <translation>The new language is used as soon as you press Save.</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Identitas komputer ini</source>
        <translation>Identity of this computer</translation>
    </message>
    <message>
        <source>Mode Desa/Kelurahan</source>
        <translation>Village mode</translation>
    </message>
    <message>
        <source>Mode Kabupaten/Kota</source>
        <translation>District mode</translation>
    </message>
    <message>
        <source>(belum ada kunci)</source>
        <translation>(no key yet)</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Sidik jari kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>JKK Rp10.000 + JKM Rp6.800 = Rp16.800 per orang per bulan.</source>
        <translation>JKK Rp10.000 + JKM Rp6.800 = Rp16.800 per person per month.</translation>
    </message>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tahun program</source>
        <translation>Programme year</translation>
    </message>
    <message>
        <source>Periode kepesertaan</source>
        <translation>Coverage period</translation>
    </message>
    <message>
        <source>Iuran per orang per bulan</source>
        <translation>Contribution per person per month</translation>
    </message>
    <message>
        <source>Sumber dana bawaan</source>
        <translation>Default funding source</translation>
    </message>
    <message>
        <source>Batas umur peserta</source>
        <translation>Participant age limits</translation>
    </message>
    <message>
        <source>Umur dihitung pada awal kepesertaan. Data di luar batas umur mendapat peringatan, tidak ditolak. Setelah batas umur atau awal kepesertaan diubah, semua data diperiksa ulang.</source>
        <translation>Age is taken at the start of coverage. Records outside the age limits get a warning, they are not rejected. After the age limits or the coverage start change, all records are checked again.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nilai program ini dibawa ke semua desa oleh paket konfigurasi. Setelah mengubahnya, buat paket konfigurasi baru (tab Desa &gt; Buat Paket Konfigurasi...) dan serahkan ke desa.</source>
        <translation>These programme values reach every village through the config package. After changing them, make a new config package (Villages tab &gt; Make Config Package...) and hand it to the villages.</translation>
    </message>
    <message>
        <source>Nilai program ini ditetapkan oleh kabupaten lewat paket konfigurasi dan tidak bisa diubah di sini. Jika ada yang salah, minta kabupaten mengirim paket konfigurasi baru.</source>
        <translation>These programme values were set by the district through a configuration package and cannot be changed here. If something is wrong, ask the district to send a new configuration package.</translation>
    </message>
    <message>
        <source>Isi sesuai keputusan kabupaten. Nilai ini dipakai sampai kabupaten mengirim paket konfigurasi; setelah itu nilai dari kabupaten yang berlaku.</source>
        <translation>Fill in according to the district&apos;s decision. These values are used until the district sends a configuration package; after that the district&apos;s values apply.</translation>
    </message>
    <message>
        <source>Operator %1 sudah ada di daftar.</source>
        <translation>Operator %1 is already in the list.</translation>
    </message>
    <message>
        <source>Minimal satu operator harus ada. Tambahkan nama lain dulu.</source>
        <translation>There must be at least one operator. Add another name first.</translation>
    </message>
    <message numerus="yes">
        <source>(%n bulan)</source>
        <translation>
            <numerusform>(%n month)</numerusform>
            <numerusform>(%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimal satu nama operator harus diisi.</source>
        <translation>Enter at least one operator name.</translation>
    </message>
    <message>
        <source>Batas umur terendah (%1) lebih besar dari batas tertinggi (%2).</source>
        <translation>The lowest age (%1) is greater than the highest age (%2).</translation>
    </message>
    <message>
        <source>Akhir kepesertaan harus sesudah awal kepesertaan.</source>
        <translation>The end of coverage must be after the start of coverage.</translation>
    </message>
    <message>
        <source>Iuran per bulan harus lebih dari Rp0 (biasanya %1).</source>
        <translation>The monthly contribution must be more than Rp0 (usually %1).</translation>
    </message>
    <message>
        <source>Pengaturan gagal disimpan: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Pemeriksaan ulang dibatalkan. Pengaturan sudah tersimpan; status data akan diperbarui saat data dibuka atau disimpan lagi.</source>
        <translation>The re-check was cancelled. The settings are saved; record statuses will be updated when records are opened or saved again.</translation>
    </message>
    <message>
        <source>Pemeriksaan ulang gagal: %1</source>
        <translation>The re-check failed: %1</translation>
    </message>
    <message>
        <source>Memeriksa ulang semua data dengan batas umur baru...</source>
        <translation>Checking all records again with the new age limits...</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>&amp;Impor Daftar...</source>
        <translation>&amp;Import list...</translation>
    </message>
    <message>
        <source>&amp;Batalkan Impor Terakhir...</source>
        <translation>&amp;Undo last import...</translation>
    </message>
    <message>
        <source>&amp;Ekspor Excel...</source>
        <translation>&amp;Export to Excel...</translation>
    </message>
    <message>
        <source>&amp;Templat Kosong...</source>
        <translation>Blank &amp;template...</translation>
    </message>
    <message>
        <source>Tata &amp;Letak Ekspor...</source>
        <translation>Export &amp;layouts...</translation>
    </message>
    <message>
        <source>Impor daftar Excel/CSV yang sudah ada di desa</source>
        <translation>Import an Excel/CSV list the village already has</translation>
    </message>
    <message>
        <source>Hapus lagi data dari impor terakhir selama belum diubah</source>
        <translation>Remove the records of the last import again, as long as they have not been changed</translation>
    </message>
    <message>
        <source>Simpan daftar BNBA sebagai berkas Excel</source>
        <translation>Save the BNBA list as an Excel file</translation>
    </message>
    <message>
        <source>Simpan templat Excel kosong dengan kolom NIK berformat teks</source>
        <translation>Save a blank Excel template with the NIK column formatted as text</translation>
    </message>
    <message>
        <source>Atur kolom dan judul untuk format kabupaten atau BPJS</source>
        <translation>Set the columns and headings for the district or BPJS format</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Paket SIPERA (*.sipera);;Semua berkas (*)</source>
        <translation>SIPERA packages (*.sipera);;All files (*)</translation>
    </message>
    <message>
        <source>Pendaftaran desa</source>
        <translation>Village registration</translation>
    </message>
    <message>
        <source>Konfigurasi kabupaten</source>
        <translation>District configuration</translation>
    </message>
    <message>
        <source>Data pekerja (desa ke kabupaten)</source>
        <translation>Worker data (village to district)</translation>
    </message>
    <message>
        <source>Umpan balik (kabupaten ke desa)</source>
        <translation>Feedback (district to village)</translation>
    </message>
    <message>
        <source>Pemulihan data desa</source>
        <translation>Village data recovery</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Sah - kunci dikenal</source>
        <translation>Valid - known key</translation>
    </message>
    <message>
        <source>Utuh, tetapi kunci belum dikenal</source>
        <translation>Intact, but the key is not known yet</translation>
    </message>
    <message>
        <source>Kunci dicabut</source>
        <translation>Key revoked</translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation>NOT AUTHENTIC</translation>
    </message>
    <message>
        <source>Tidak dapat diperiksa</source>
        <translation>Cannot be checked</translation>
    </message>
    <message numerus="yes">
        <source>%n data</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baris</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n penghapusan</source>
        <translation>
            <numerusform>%n deletion</numerusform>
            <numerusform>%n deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ditahan di desa</source>
        <translation>
            <numerusform>%n held back in the village</numerusform>
            <numerusform>%n held back in the village</numerusform>
        </translation>
    </message>
    <message>
        <source>kiriman ulang seluruh data</source>
        <translation>resend of all records</translation>
    </message>
    <message>
        <source>{key}: {n}</source>
        <comment>count with an unknown name</comment>
        <translation>{key}: {n}</translation>
    </message>
    <message>
        <source>Dibatalkan. Tidak ada yang diubah.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas atau folder tidak bisa dipakai ({detail}). Periksa flashdisk atau folder tujuan, lalu ulangi. Tidak ada yang diubah.</source>
        <translation>The file or folder cannot be used ({detail}). Check the flash drive or target folder, then try again. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>TemplateExport</name>
    <message>
        <source>Simpan templat kosong</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <source>Templat kosong disimpan di {path}.

Kolom NIK dan KK sudah berformat teks dan diperiksa 16 angka, ada pilihan L/P dan pekerjaan, serta lembar Petunjuk. Bagikan templat ini agar daftar berikutnya langsung benar.</source>
        <translation>Blank template saved to {path}.

The NIK and KK columns are formatted as text and checked for 16 digits, with choice lists for L/P and occupation, plus an instructions sheet (Petunjuk). Share this template so that the next lists are right from the start.</translation>
    </message>
    <message>
        <source>Templat kosong</source>
        <translation>Blank template</translation>
    </message>
    <message>
        <source>Menyimpan templat...</source>
        <translation>Saving the template...</translation>
    </message>
</context>
<context>
    <name>UndoImport</name>
    <message>
        <source>Batalkan impor terakhir</source>
        <translation>Undo last import</translation>
    </message>
    <message>
        <source>Belum ada impor yang bisa dibatalkan.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message numerus="yes">
        <source>Impor terakhir: &apos;{file}&apos; pada {when}: %n data ditambahkan, {updated} diperbarui.</source>
        <translation>
            <numerusform>Last import: &apos;{file}&apos; on {when}: %n record added, {updated} updated.</numerusform>
            <numerusform>Last import: &apos;{file}&apos; on {when}: %n records added, {updated} updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Impor ini tidak bisa dibatalkan lagi: {reason}</source>
        <translation>This import can no longer be undone: {reason}</translation>
    </message>
    <message>
        <source>Perbaiki atau hapus datanya satu per satu bila perlu.</source>
        <translation>Fix or delete the records one by one if needed.</translation>
    </message>
    <message>
        <source>Data yang ditambahkan oleh impor ini akan dihapus dan data yang diperbarui dikembalikan seperti sebelum impor. Lanjutkan?</source>
        <translation>Records added by this import will be deleted, and updated records will be restored to how they were before the import. Continue?</translation>
    </message>
    <message>
        <source>Impor &apos;{file}&apos; sudah dibatalkan.</source>
        <translation>Import of &apos;{file}&apos; undone.</translation>
    </message>
    <message>
        <source>Tidak ada data yang diubah.</source>
        <translation>No data was changed.</translation>
    </message>
    <message>
        <source>Membatalkan impor terakhir...</source>
        <translation>Undoing the last import...</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Perlu perbaikan</source>
        <translation>Needs fixing</translation>
    </message>
    <message>
        <source>Siap kirim</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Terhapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Dalam paket</source>
        <translation>In a package</translation>
    </message>
    <message>
        <source>Diterima kabupaten</source>
        <translation>Received by the district</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Belum diverifikasi</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Petani/Pekebun</source>
        <translation>Farmer/Planter</translation>
    </message>
    <message>
        <source>Petani Tembakau</source>
        <translation>Tobacco farmer</translation>
    </message>
    <message>
        <source>Buruh Tani Tembakau</source>
        <translation>Tobacco farm labourer</translation>
    </message>
    <message>
        <source>Nelayan</source>
        <translation>Fisher</translation>
    </message>
    <message>
        <source>Pedagang</source>
        <translation>Trader</translation>
    </message>
    <message>
        <source>Pengemudi Ojek</source>
        <translation>Motorcycle taxi driver</translation>
    </message>
    <message>
        <source>Buruh Harian Lepas</source>
        <translation>Casual day labourer</translation>
    </message>
    <message>
        <source>Marbot/Pekerja Keagamaan</source>
        <translation>Mosque caretaker/Religious worker</translation>
    </message>
    <message>
        <source>Peternak</source>
        <translation>Livestock farmer</translation>
    </message>
    <message>
        <source>Pengrajin</source>
        <translation>Craftsperson</translation>
    </message>
    <message>
        <source>Kader (Posyandu/PKK)</source>
        <translation>Community health volunteer (Posyandu/PKK)</translation>
    </message>
    <message>
        <source>Ketua/Pengurus RT/RW</source>
        <translation>RT/RW head or board member</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>APBD Kabupaten/Kota</source>
        <translation>District budget (APBD Kabupaten/Kota)</translation>
    </message>
    <message>
        <source>APBD Provinsi</source>
        <translation>Provincial budget (APBD Provinsi)</translation>
    </message>
    <message>
        <source>DBHCHT (cukai tembakau)</source>
        <translation>DBHCHT (tobacco excise)</translation>
    </message>
    <message>
        <source>DBH Sawit</source>
        <translation>DBH Sawit (palm oil revenue)</translation>
    </message>
    <message>
        <source>APBDes/Dana Desa</source>
        <translation>Village budget (APBDes/Dana Desa)</translation>
    </message>
    <message>
        <source>DTKS</source>
        <translation>DTKS</translation>
    </message>
    <message>
        <source>DTSEN</source>
        <translation>DTSEN</translation>
    </message>
    <message>
        <source>P3KE</source>
        <translation>P3KE</translation>
    </message>
    <message>
        <source>Regsosek</source>
        <translation>Regsosek</translation>
    </message>
    <message>
        <source>Usulan Desa</source>
        <translation>Village proposal</translation>
    </message>
    <message>
        <source>JKK + JKM</source>
        <translation>JKK + JKM</translation>
    </message>
    <message>
        <source>JKK + JKM + JHT</source>
        <translation>JKK + JKM + JHT</translation>
    </message>
    <message>
        <source>Meninggal dunia</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Pindah domisili</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Sudah terdaftar mandiri/oleh pemberi kerja</source>
        <translation>Already registered independently/by an employer</translation>
    </message>
    <message>
        <source>Data ganda (duplikat)</source>
        <translation>Duplicate record</translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Salah input</source>
        <translation>Entered by mistake</translation>
    </message>
    <message>
        <source>Atas permintaan yang bersangkutan</source>
        <translation>At the person&apos;s own request</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
</context>
<context>
    <name>_Delivery</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Membatalkan...</source>
        <translation>Cancelling...</translation>
    </message>
</context>
<context>
    <name>_SyncActions</name>
    <message>
        <source>Kirim ke Kabupaten...</source>
        <translation>Send to district...</translation>
    </message>
    <message>
        <source>Buat Berkas Pendaftaran...</source>
        <translation>Create registration file...</translation>
    </message>
    <message>
        <source>Impor Konfigurasi Kabupaten...</source>
        <translation>Import district configuration...</translation>
    </message>
    <message>
        <source>Periksa Paket...</source>
        <translation>Inspect package...</translation>
    </message>
    <message>
        <source>Riwayat Paket</source>
        <translation>Package history</translation>
    </message>
    <message>
        <source>Impor Umpan Balik Kabupaten...</source>
        <translation>Import District Feedback...</translation>
    </message>
    <message>
        <source>Pulihkan dari Paket Pemulihan...</source>
        <translation>Restore from a Restore Package...</translation>
    </message>
    <message>
        <source>Buat paket data terenkripsi untuk Disperinaker kabupaten (simpan ke flashdisk)</source>
        <translation>Create an encrypted data package for the district Disperinaker (save to a flash drive)</translation>
    </message>
    <message>
        <source>Kirim ke Kabupaten</source>
        <translation>Send to district</translation>
    </message>
    <message>
        <source>&amp;Kirim</source>
        <translation>Se&amp;nd</translation>
    </message>
    <message>
        <source>Pilih paket yang akan diperiksa</source>
        <translation>Choose the package to inspect</translation>
    </message>
    <message>
        <source>Pilih berkas umpan balik dari kabupaten</source>
        <translation>Choose the feedback file from the district</translation>
    </message>
    <message>
        <source>Umpan balik kabupaten</source>
        <translation>District feedback</translation>
    </message>
    <message>
        <source>Umpan balik ditolak</source>
        <translation>Feedback refused</translation>
    </message>
    <message>
        <source>Menerapkan umpan balik...</source>
        <translation>Applying the feedback...</translation>
    </message>
    <message>
        <source>Pilih paket pemulihan dari kabupaten</source>
        <translation>Choose the restore package from the district</translation>
    </message>
    <message>
        <source>{n} data dipulihkan. Paket data berikutnya bernomor {seq}.</source>
        <translation>{n} records restored. The next data package is number {seq}.</translation>
    </message>
    <message>
        <source>Data dipulihkan</source>
        <translation>Records restored</translation>
    </message>
    <message>
        <source>Paket pemulihan ditolak</source>
        <translation>Restore package refused</translation>
    </message>
    <message>
        <source>Memulihkan data desa...</source>
        <translation>Restoring the village&apos;s records...</translation>
    </message>
</context>
</TS>
