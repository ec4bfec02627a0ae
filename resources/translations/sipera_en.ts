<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
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
        <source>Terjadi kesalahan tak terduga ({name}: {detail}). Data yang sudah tersimpan tetap aman; ulangi langkah terakhir atau tutup lalu buka kembali SIPERA.</source>
        <translation>An unexpected error occurred ({name}: {detail}). Data already saved is safe; repeat the last step or close and reopen SIPERA.</translation>
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
    <name>DonePage</name>
    <message>
        <source>SIPERA siap dipakai</source>
        <translation>SIPERA is ready</translation>
    </message>
    <message>
        <source>Ini sidik jari kunci komputer ini. Saat pendaftaran di kabupaten, petugas akan membacakan sidik jari yang mereka terima; pastikan sama persis. Sidik jari bisa dilihat lagi di menu Pengaturan.</source>
        <translation>This is the key fingerprint of this computer. At enrollment at the district office, the staff will read out the fingerprint they received; make sure it is exactly the same. You can see the fingerprint again under Settings.</translation>
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
        <translation>Needs correction</translation>
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
        <source>Terkirim</source>
        <translation>Sent</translation>
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
        <translation>Needs correction</translation>
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
        <source>Terkirim</source>
        <translation>Sent</translation>
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
    <message>
        <source>{n} data tersimpan di sesi ini.</source>
        <translation>{n} records saved in this session.</translation>
    </message>
    <message>
        <source>{n} kesalahan</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <source>{n} peringatan</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <source>{message} Buka data yang sudah ada?</source>
        <translation>{message} Open the existing record?</translation>
    </message>
    <message>
        <source>Data ini masih punya {n} kesalahan:</source>
        <translation>This record still has {n} errors:</translation>
    </message>
    <message>
        <source>Bila disimpan, statusnya &apos;Perlu perbaikan&apos; dan belum ikut dikirim ke kabupaten sampai diperbaiki.</source>
        <translation>If saved, its status is &apos;Needs correction&apos; and it is not sent to the district until it is corrected.</translation>
    </message>
    <message>
        <source>Mungkin orang ini sudah terdaftar:</source>
        <translation>This person may already be registered:</translation>
    </message>
    <message>
        <source>Tetap simpan?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <source>perlu perbaikan</source>
        <translation>needs correction</translation>
    </message>
    <message>
        <source>tersimpan</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>✔ {name} disimpan ({status}). Silakan isi data berikutnya.</source>
        <translation>✔ {name} saved ({status}). Please enter the next record.</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
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
    <name>Vocab</name>
    <message>
        <source>Perlu perbaikan</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <source>Siap kirim</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
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
</TS>
