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
            <source>Ini konfigurasi pertama dari kabupaten. Cocokkan dulu sidik jari kunci kabupaten: minta petugas Disperinaker membacakannya (dari layar SIPERA kabupaten atau dari surat resmi) dan ketik di kolom di bawah. Sesudah itu SIPERA hanya menerima paket yang ditandatangani kunci ini.</source>
            <translation>This is the first configuration from the district. First check the district key fingerprint: ask the Disperinaker officer to read it out (from the district's SIPERA screen or from the official letter) and type it in the box below. After that, SIPERA only accepts packages signed with this key.</translation>
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
            <source>Paket Terakhir</source>
            <translation>Last package</translation>
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
            <source>Penggabungan paket data desa: menyusul (versi berikutnya). Paket data yang diterima dari desa sudah bisa diperiksa keaslian dan isinya dengan 'Periksa Paket', tanpa mengubah apa pun.</source>
            <translation>Merging village data packages: coming in the next version. Data packages received from villages can already be checked for authenticity and contents with 'Inspect package', without changing anything.</translation>
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
            <source>Belum ada desa terdaftar. Minta operator desa membawa berkas pendaftaran (menu Kirim &gt; Buat Berkas Pendaftaran di SIPERA desa), lalu klik 'Daftarkan Desa...'.</source>
            <translation>No villages registered yet. Ask the village operator to bring a registration file (menu Send &gt; Create registration file in the village's SIPERA), then click 'Register village...'.</translation>
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
            <source>&amp;Pengaturan</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>(kunci dicabut)</source>
            <translation>(key revoked)</translation>
        </message>
        <message numerus="yes">
            <source>Desa/kelurahan terdaftar: %n</source>
            <translation>
                <numerusform>Registered villages: %n</numerusform>
                <numerusform>Registered villages: %n</numerusform>
            </translation>
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
            <source>Desa {name} ({code}) terdaftar.</source>
            <translation>Village {name} ({code}) registered.</translation>
        </message>
        <message>
            <source>Cabut kunci desa {name} ({code})?

Paket dari laptop desa ini tidak akan diterima lagi sampai desa mendaftar ulang dengan berkas pendaftaran baru dan sidik jari yang dicocokkan. Lakukan ini bila laptop desa hilang, dicuri, atau SIPERA dipasang ulang.</source>
            <translation>Revoke the key of village {name} ({code})?

Packages from this village's laptop will no longer be accepted until the village registers again with a new registration file and a checked fingerprint. Do this if the village laptop is lost or stolen, or SIPERA was reinstalled.</translation>
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
            <source>Ini sidik jari kunci komputer ini. Saat pendaftaran di kabupaten, petugas akan membacakan sidik jari yang mereka terima; pastikan sama persis. Sidik jari bisa dilihat lagi di menu Pengaturan.</source>
            <translation>This is the key fingerprint of this computer. When you register at the district office, the staff will read out the fingerprint they received; make sure it is exactly the same. You can see the fingerprint again under Settings.</translation>
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
            <translation>Ask the village operator to read out the fingerprint from their village's SIPERA screen (menu Send &gt; Create registration file) or from the paper they signed, then type it here:</translation>
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
            <translation>The registration file introduces this village's SIPERA to the district Disperinaker. Save it to a flash drive and take it to the district (or send it by email). The file contains no residents' data.</translation>
        </message>
        <message>
            <source>Simpan ke folder:</source>
            <translation>Save to folder:</translation>
        </message>
        <message>
            <source>Sidik jari desa ini:</source>
            <translation>This village's fingerprint:</translation>
        </message>
        <message>
            <source>Bacakan sidik jari ini kepada petugas Disperinaker kelompok demi kelompok (atau tulis di kertas, tanda tangani, dan serahkan bersama flashdisk). Petugas mengetikkannya saat mendaftarkan desa; bila tidak sama, desa tidak didaftarkan. Sidik jari hanya memakai huruf A-Z dan angka 2-7.</source>
            <translation>Read this fingerprint out to the Disperinaker officer group by group (or write it on paper, sign it and hand it over with the flash drive). The officer types it in when registering the village; if it does not match, the village is not registered. The fingerprint uses only the letters A-Z and the digits 2-7.</translation>
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
            <source>Susun kolom untuk format yang diminta kabupaten atau BPJS: pilih data di kiri lalu 'Tambah', ubah judul kolom langsung di tabel kanan, atur urutannya dengan 'Naik'/'Turun', lalu simpan dengan nama sendiri. Tata letak bawaan tidak bisa ditimpa; simpan dengan nama lain.</source>
            <translation>Arrange the columns in the format the district or BPJS asks for: choose data on the left and click 'Add', edit the column headings directly in the table on the right, set their order with 'Move up'/'Move down', then save under a name of your own. Built-in layouts cannot be overwritten; save under another name.</translation>
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
            <source>Tata letak '{name}' disimpan.</source>
            <translation>Layout '{name}' saved.</translation>
        </message>
        <message>
            <source>Hapus tata letak?</source>
            <translation>Delete layout?</translation>
        </message>
        <message>
            <source>Hapus tata letak '{name}'? Berkas yang sudah diekspor tidak berubah.</source>
            <translation>Delete layout '{name}'? Files already exported do not change.</translation>
        </message>
        <message>
            <source>Hapus</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Jangan</source>
            <translation>Don't delete</translation>
        </message>
        <message>
            <source>Tata letak '{name}' dihapus.</source>
            <translation>Layout '{name}' deleted.</translation>
        </message>
    </context>
    <context>
        <name>FingerprintEntry</name>
        <message>
            <source>Terketik {n} dari 24 huruf/angka (tanda '-' dan spasi boleh).</source>
            <translation>{n} of 24 letters/digits typed ('-' and spaces are allowed).</translation>
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
            <translation>This file is too large to read with this computer's memory. Split the list into several smaller files, then import them one by one.</translation>
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
            <source>Pilih berkas daftar yang sudah ada di desa (Excel .xlsx/.xls, LibreOffice .ods atau CSV). Judul di atas tabel, baris nomor kolom, baris JUMLAH dan tanda tangan Kepala Desa dikenali sendiri dan tidak ikut diimpor. Belum ada data yang disimpan sampai langkah terakhir.</source>
            <translation>Choose a list file the village already has (Excel .xlsx/.xls, LibreOffice .ods or CSV). The title above the table, the column-number row, the JUMLAH (totals) row and the village head's signature are recognised automatically and are not imported. Nothing is saved until the last step.</translation>
        </message>
        <message>
            <source>&amp;Berkas:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Klik 'Pilih Berkas...' atau ketik lokasi berkas lalu tekan Enter</source>
            <translation>Click 'Browse...' or type the file location and press Enter</translation>
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
            <source>Tips: NIK yang di Excel tersimpan sebagai angka (misalnya tampil 3,50305E+15) tetap diimpor, tetapi ditandai 'perlu perbaikan' karena angka terakhirnya bisa salah. Cocokkan dengan KTP/KK.</source>
            <translation>Tip: a NIK stored in Excel as a number (shown e.g. as 3,50305E+15) is still imported, but marked 'needs fixing' because its last digits may be wrong. Check it against the KTP/KK.</translation>
        </message>
        <message>
            <source>Periksa kolom mana berisi apa. Setiap kolom di berkas punya satu baris di tabel ini; ubah pilihan 'Diimpor sebagai' bila salah, atau pilih '(abaikan)' untuk kolom yang tidak perlu diimpor. ⚠ pada contoh: angka panjang yang disimpan Excel sebagai bilangan (angka terakhirnya bisa salah).</source>
            <translation>Check which column holds what. Each column in the file has one row in this table; change 'Imported as' if it is wrong, or choose '(ignore)' for columns that need not be imported. ⚠ in a sample: a long number stored by Excel as a numeric value (its last digits may be wrong).</translation>
        </message>
        <message>
            <source>Judul kolom ada di &amp;baris:</source>
            <translation>Column headings are in &amp;row:</translation>
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
            <source>Merah: data tetap diimpor tetapi berstatus 'perlu perbaikan' (tidak ikut dikirim sampai diperbaiki). Kuning: periksa lagi. Pilih satu baris untuk membaca keterangannya lengkap.</source>
            <translation>Red: the record is still imported, but with status 'needs fixing' (not sent until it is fixed). Yellow: check again. Select a row to read its full details.</translation>
        </message>
        <message>
            <source>Simpan &amp;Laporan per Baris...</source>
            <translation>Save row-by-row &amp;report...</translation>
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
            <translation>Don't undo</translation>
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
        <message>
            <source>Judul kolom (NIK, NAMA, ...) tidak ditemukan. Di langkah berikutnya pilih baris judul kolom dan cocokkan kolomnya sendiri.</source>
            <translation>No column headings (NIK, NAMA, ...) found. In the next step, choose the heading row and match the columns yourself.</translation>
        </message>
        <message numerus="yes">
            <source>Lembar '{sheet}': %n baris terisi.</source>
            <translation>
                <numerusform>Sheet '{sheet}': %n filled row.</numerusform>
                <numerusform>Sheet '{sheet}': %n filled rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Judul kolom ditemukan di baris {row}; %n baris data akan diperiksa.</source>
            <translation>
                <numerusform>Column headings found in row {row}; %n data row will be checked.</numerusform>
                <numerusform>Column headings found in row {row}; %n data rows will be checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Data: baris {first} sampai {last} (%n baris)</source>
            <translation>
                <numerusform>Data: rows {first} to {last} (%n row)</numerusform>
                <numerusform>Data: rows {first} to {last} (%n rows)</numerusform>
            </translation>
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
            <source>%n data punya kesalahan: tetap diimpor dengan status 'perlu perbaikan' agar tidak ada yang hilang, tetapi tidak ikut dikirim sampai diperbaiki.</source>
            <translation>
                <numerusform>%n record has errors: it is still imported with status 'needs fixing' so that nothing is lost, but it is not sent until it is fixed.</numerusform>
                <numerusform>%n records have errors: they are still imported with status 'needs fixing' so that nothing is lost, but they are not sent until they are fixed.</numerusform>
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
            <source>Mengimpor %n baris...</source>
            <translation>
                <numerusform>Importing %n row...</numerusform>
                <numerusform>Importing %n rows...</numerusform>
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
            <source>'{target}' dipindah dari kolom {old} ke kolom {new}; kolom {old} sekarang diabaikan.</source>
            <translation>'{target}' moved from column {old} to column {new}; column {old} is now ignored.</translation>
        </message>
        <message>
            <source>Belum ada kolom yang diimpor sebagai NIK.</source>
            <translation>No column is imported as NIK yet.</translation>
        </message>
        <message>
            <source>Belum ada kolom yang diimpor sebagai Nama lengkap.</source>
            <translation>No column is imported as Full name yet.</translation>
        </message>
        <message>
            <source>Pilih setidaknya kolom NIK atau Nama untuk melanjutkan.</source>
            <translation>Choose at least the NIK or Name column to continue.</translation>
        </message>
        <message>
            <source>Membaca ulang judul kolom...</source>
            <translation>Reading the column headings again...</translation>
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
        <message>
            <source>Mengimpor {name}...</source>
            <translation>Importing {name}...</translation>
        </message>
        <message>
            <source>Membuat cadangan data sebelum impor...</source>
            <translation>Backing up the data before importing...</translation>
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
            <source>Klik 'Kembali' untuk melihat pratinjau lagi, atau 'Tutup' untuk keluar.</source>
            <translation>Click 'Back' to see the preview again, or 'Close' to leave.</translation>
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
            <translation>Package is intact, but the sender's key is not known yet</translation>
        </message>
        <message>
            <source>✖ Kunci pengirim sudah dicabut: paket tidak diterima</source>
            <translation>✖ The sender's key has been revoked: package not accepted</translation>
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
            <translation> (this SIPERA's own key)</translation>
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
            <source>Pekerjaan 'lainnya' dipilih tetapi keterangannya kosong.</source>
            <translation>Occupation 'other' was chosen but its description is empty.</translation>
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
            <translation>Needs fixing</translation>
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
            <translation>Who will enter data on this computer? The operator's name is recorded with every change. Add all staff; the first one is used now.</translation>
        </message>
        <message>
            <source>Simpan dan siapkan</source>
            <translation>Save and set up</translation>
        </message>
        <message>
            <source>Nama lengkap operator</source>
            <translation>Operator's full name</translation>
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
            <source>Berita Acara tidak bisa dibuka. Berkasnya ada di {path}.</source>
            <translation>The handover report could not be opened. The file is at {path}.</translation>
        </message>
        <message>
            <source>Membuka paket...</source>
            <translation>Opening the package...</translation>
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
            <source>Pilihan untuk NIK yang sudah ada harus 'skip' (lewati) atau 'update' (perbarui).</source>
            <translation>The choice for NIKs that already exist must be 'skip' or 'update'.</translation>
        </message>
        <message>
            <source>Impor daftar dilakukan di SIPERA Mode Desa.</source>
            <translation>Lists are imported in SIPERA Village Mode.</translation>
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
            <source>Impor '{file}' tidak bisa dibatalkan: {reason}</source>
            <translation>The import of '{file}' cannot be undone: {reason}</translation>
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
            <source>{field} '{text}' tidak terbaca sebagai tanggal. Tulis hh-bb-tttt, misalnya 17-08-1985.</source>
            <translation>{field} '{text}' cannot be read as a date. Write dd-mm-yyyy, for example 17-08-1985.</translation>
        </message>
        <message>
            <source>Penghasilan '{text}' tidak terbaca sebagai angka rupiah.</source>
            <translation>Income '{text}' cannot be read as a rupiah amount.</translation>
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
            <source>Bila disimpan, statusnya 'Perlu perbaikan' dan belum ikut dikirim ke kabupaten sampai diperbaiki.</source>
            <translation>If saved, its status is 'Needs fixing' and it is not sent to the district until it is fixed.</translation>
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
        <name>SendPackageDialog</name>
        <message>
            <source>Kirim ke Kabupaten</source>
            <translation>Send to district</translation>
        </message>
        <message>
            <source>Paket data belum bisa dibuat: SIPERA desa ini belum mengenal kunci Disperinaker kabupaten.

Yang perlu dilakukan:
1. Minta berkas konfigurasi dari Disperinaker (nama berkasnya SIPERA_config_....sipera), lewat flashdisk atau email.
2. Klik 'Impor Konfigurasi Kabupaten' di bawah, pilih berkas itu, lalu cocokkan sidik jari kunci kabupaten dengan petugas (dibacakan atau tertulis di surat).
3. Setelah itu buka lagi 'Kirim ke Kabupaten'.</source>
            <translation>A data package cannot be created yet: this village's SIPERA does not know the district Disperinaker's key.

What to do:
1. Ask Disperinaker for the configuration file (named SIPERA_config_....sipera), on a flash drive or by email.
2. Click 'Import district configuration' below, choose that file, then check the district key fingerprint with the officer (read out or written in a letter).
3. Then open 'Send to district' again.</translation>
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
            <source>Centang 'Kirim ulang seluruh data' hanya bila kabupaten memintanya.</source>
            <translation>Tick 'Resend all records' only if the district asks for it.</translation>
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
        <message numerus="yes">
            <source>%n data DITAHAN karena masih ada kesalahan dan tidak ikut terkirim. Perbaiki dulu di daftar data (status 'Perlu perbaikan'), lalu buka lagi jendela ini:</source>
            <translation>
                <numerusform>%n record is HELD BACK because it still has errors and will not be sent. Fix it first in the record list (status 'Needs fixing'), then open this window again:</numerusform>
                <numerusform>%n records are HELD BACK because they still have errors and will not be sent. Fix them first in the record list (status 'Needs fixing'), then open this window again:</numerusform>
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
            <translation>The operator's name is recorded with every change. Double-click to rename. At least one operator.</translation>
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
            <translation>Fill in according to the district's decision. These values are used until the district sends a configuration package; after that the district's values apply.</translation>
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
            <source>Impor terakhir: '{file}' pada {when}: %n data ditambahkan, {updated} diperbarui.</source>
            <translation>
                <numerusform>Last import: '{file}' on {when}: %n record added, {updated} updated.</numerusform>
                <numerusform>Last import: '{file}' on {when}: %n records added, {updated} updated.</numerusform>
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
            <source>Impor '{file}' sudah dibatalkan.</source>
            <translation>Import of '{file}' undone.</translation>
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
            <translation>At the person's own request</translation>
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
    </context>
</TS>
