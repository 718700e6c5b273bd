# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## My data: the record of processing (GDPR article 30) that administrators keep.

record-title = Vatandaş verilerinin işlenmesi
record-lead = Vatandaşlar hakkında hangi verileri tuttuğumuz ve neden tuttuğumuz burada yazılıdır. Vatandaşlar aynı metinleri "Verilerim" sayfasında okur. Kısa ve basit yazın: her metnin yanında, ne kadar kolay okunduğu gösterilir.
record-import = İşleme kayıtlarını bir dosyadan içe aktarın
record-export = İşleme kayıtlarını JSON olarak kaydedin
record-imported =
    { $count ->
        [one] 1 veri türü içe aktarıldı.
       *[other] { $count } veri türü içe aktarıldı.
    }
record-missing = Henüz bir şey yazılmadı. Vatandaşlar, bunu henüz yazmadığımızı görür.
record-edit = "{ $kind }" bölümünü düzenleyin
record-edit-lead = Vatandaşa, herkesin anlayacağı şekilde yazın. Metinler Danca yazılır: "du" hitabını ve kısa cümleler kullanın.
record-save = Kaydet
record-back = İşleme kayıtlarına geri dön
record-yes = Evet
record-no = Hayır
record-no-deletion = Belirli bir süre sonra silinmez
record-days =
    { $count ->
        [one] 1 gün
       *[other] { $count } gün
    }

record-category-person = Kendiniz hakkındaki bilgileriniz
record-category-letters = Mektuplar ve ekler
record-category-answers = Mektuplara verdiğiniz yanıtlar
record-category-bookings = Randevular
record-category-event-signups = Kurs ve etkinlik kayıtlarınız
record-category-permissions = Yardımcılara verilen izinler
record-category-choices = Seçimleriniz, örneğin kâğıt posta ve dil
record-category-feedback = Yardımımız hakkında söyledikleriniz
record-category-requests = Hatalarla ilgili notlar ve talepler
record-category-access-log = Verilerinize kimler baktı

record-field-what = Ne olduğu
record-field-what-hint = Hangi bilgiler olduğu, günlük sözlerle.
record-field-purpose = Neden tutuyoruz
record-field-purpose-hint = Bilgileri ne için kullandığımız.
record-field-legal-basis = Hangi kurallar izin veriyor
record-field-legal-basis-hint = Genel Veri Koruma Tüzüğündeki (GDPR) madde ve dayandığı yasa.
record-field-source = Nereden aldık
record-field-source-hint = Örneğin vatandaşın kendisi, CPR kaydı (nüfus kaydı) veya sistemlerimizden başka biri.
record-field-recipients = Kimler alıyor
record-field-recipients-hint = Bilgileri kime ilettiğimiz veya "sadece biz".
record-field-retention = Ne kadar süre saklıyoruz
record-field-retention-hint = Vatandaşın okuyacağı şekilde, günlük sözlerle.
record-field-retention-days = Kaç gün sonra silinir
record-field-retention-days-hint = Bilginin oluştuğu günden silindiği güne kadar geçen gün sayısı. Belirli bir süre sonra silinmiyorsa alanı boş bırakın.
record-field-statistics = İstatistik için kullanılır
record-field-machine-learning = Makine öğrenmesi için kullanılır

record-error-category = Listedeki veri türlerinden birini seçin.
record-error-empty = Buraya bir şey yazın. Vatandaşların bunu okuyabilmesi gerekir.
record-error-too-long = Metin çok uzun. En fazla 1.000 karakter yazın.
record-error-days = 1 ile 36.500 arasında tam bir gün sayısı yazın veya alanı boş bırakın.

record-import-lead = İşleme kayıtlarını kaydettiğinizde aldığınız türden bir JSON dosyası seçin. Dosyadaki her veri türü, şu anda kayıtlı olanın yerine geçer. Diğerleri olduğu gibi kalır. Dosyada hata varsa hiçbir şey kaydetmeyiz.
record-import-file = İşleme kayıtlarını içeren dosya
record-import-file-hint = "entries" içeren bir JSON dosyası. En fazla 256 KB.
record-import-submit = İçe aktar
record-import-no-file = Bir dosya seçin.
record-import-bad-json = Dosya okunamıyor. İşleme kayıtlarını kaydettiğinizde olduğu gibi, "entries" içeren bir JSON dosyası olmalıdır.
record-import-empty = Dosyada işleme kaydı yok.
record-import-entries = Dosyada hatalar var. Hiçbir şey kaydedilmedi. Hataları aşağıda görebilirsiniz.
record-import-twice = Bu veri türü dosyada iki kez var.
record-import-problems =
    { $count ->
        [one] Dosyada 1 hata
       *[other] Dosyada { $count } hata
    }
record-import-entry = Numara
record-import-field = Alan
record-import-problem = Hata

## My data: the citizen's overview.

overview-title = Verilerim
overview-title-for = { $name } hakkındaki veriler
overview-link = Hakkınızda neler tutuyoruz
overview-lead = Burada belediyenin hakkınızda hangi verileri tuttuğunu, neden tuttuğunu ve ne kadar süre sakladığını görebilirsiniz. Açıklamalar Danca yazılmıştır. Bir şey yanlışsa bize yazabilirsiniz.
overview-count =
    { $count ->
        [0] Hiç yok
        [one] Toplam 1
       *[other] Toplam { $count }
    }
overview-count-unknown = Hangilerinin size ait olduğunu bilmiyoruz. Yanıtlarda adınız yok.
overview-see = { $kind } bölümünü görün
overview-missing = Bunu ne için kullandığımızı henüz yazmadık. Öğrenmek isterseniz Borgerservice (vatandaş hizmetleri) birimine sorun.
overview-field-what = Ne olduğu
overview-field-purpose = Neden tutuyoruz
overview-field-legal-basis = Hangi kurallar izin veriyor
overview-field-source = Nereden aldık
overview-field-recipients = Kimler alıyor
overview-field-retention = Ne kadar süre saklıyoruz
overview-statistics = İstatistik için kullanıyor muyuz?
overview-machine-learning = Makine öğrenmesi için kullanıyor muyuz?

## My data: who has looked at your data.

log-title = Verilerinize kimler baktı
log-lead = Sizden başka biri verilerinize her baktığında veya verilerinizi her değiştirdiğinde burada görebilirsiniz: kim, ne zaman, ne yaptı ve neden. En yeniler en üsttedir.
log-chain = Bu liste, fark edilmeden değiştirilemez. Her satır bir önceki satıra kilitlidir.
log-filter-label = Göster
log-filter-button = Göster
log-who-all = Herkes
log-who-staff = Çalışan
log-who-helper = Yardımcı
log-who-system = Sistem
log-on-behalf = sizin adınıza
log-why = Neden
log-no-reason = Bir neden yazılmamış.
log-none = Verilerinize başka kimse bakmadı.
log-older = Daha eskileri göster
log-back = Verilerim sayfasına geri dön
log-system-name = Borgerbro'nun kendisi
log-unknown-system = Artık tanımadığımız bir sistem
log-unknown-person = Artık tanımadığımız bir kişi
log-bad-filter = Herkes, çalışanlar, yardımcılar veya sistemler arasından seçin.
log-bad-cursor = Adres yanlış. Listenin ilk sayfasına geri dönün.

## Who looked: what happened and why, in plain words.

log-what-reported = belediyenin başka bir sisteminde verilerinize baktı veya verilerinizi kullandı
log-what-login = ilk kez giriş yaptı
log-what-apikey = başka bir sistemin erişimini değiştirdi
log-what-booking-read = randevularınıza baktı
log-what-booking-create = sizinle bir randevu oluşturdu
log-what-booking-move = randevularınızdan birinin zamanını değiştirdi
log-what-booking-cancel = randevularınızdan birini iptal etti
log-what-booking-rung = bir randevu hakkında sizi telefonla aradı
log-what-exemption-start = mektuplarınızın kâğıt olarak gelmesini sağladı
log-what-exemption-end = mektuplarınızın yeniden dijital olarak gelmesini sağladı
log-what-mandate-give = bir yardımcıya size yardım etme izni verdi
log-what-mandate-accept = size yardım etmeyi kabul etti
log-what-mandate-change = bir yardımcının iznini değiştirdi
log-what-mandate-end = bir yardımcının iznini durdurdu
log-what-mandate-resume = bir izni yeniden başlattı
log-what-mandate-code = bir yardımcı kodu oluşturdu veya denedi
log-what-mandate-receipt = bir izin için makbuz oluşturdu
log-what-mandate-read = yardımcılara verdiğiniz izinlere baktı
log-what-refused = verilerinizi görmeye çalıştı, ama izni yoktu
log-what-overview = verilerinizin özetine baktı
log-what-notes = hatalarla ilgili notlarınıza baktı
log-what-note-write = sizin için bir hata hakkında not yazdı
log-what-note-answer = notunuza yanıt verdi
log-what-requests = verilerinizle ilgili taleplerinize baktı
log-what-request-make = sizin için verilerinizle ilgili bir talepte bulundu
log-what-request-answer = talebinize yanıt verdi
log-what-request-extend = talebinize yanıt vermek için kendine daha fazla süre tanıdı
log-what-request-due = talebinize yanıt vermemiz gerektiğini bize hatırlattı
log-what-record = neleri sakladığımızın açıklamasını değiştirdi
log-what-export = tüm verilerinizi tek bir dosya olarak indirdi
log-what-export-print = tüm verilerinizi yazdırdı
log-what-retention = artık saklamamıza izin olmayan eski verileri sildi
log-what-person = bilgilerinize baktı
log-what-protect = bilgilerinizin korunma şeklini değiştirdi
log-what-person-create = sizi sistemimize kaydetti
log-what-letter-read = mektuplarınızdan birini açtı
log-what-letters = mektuplarınızın listesine baktı
log-what-letter-status = bir mektubu okuyup okumadığınıza baktı
log-what-letter-reply = sizin için bir mektuba yanıt verdi
log-what-letter-send = size bir mektup gönderdi
log-what-letter-escalate = açmadığınız bir mektubu takip etti
log-what-exemption-offer = size kâğıt olarak mektup almayı önerdi
log-what-letter-print = bir mektubunuzu yazdırdı veya size kâğıt olarak gönderdi
log-what-other = verilerinizle başka bir şey yaptı
log-why-retention = Verileri kuralların izin verdiğinden daha uzun süre saklamayız.
log-why-login = Giriş yaptınız ve sizi tanımamız gerekiyordu.
log-why-admin = Sistemi düzenli tutmak için.
log-why-booking = Randevunuzu yerine getirmek için.
log-why-your-choice = Bunu siz seçtiniz.
log-why-permission = Size kimin yardım edebileceğini yönetmek için.
log-why-refused = Kişinin izni yoktu. Hiçbir veri gösterilmedi.
log-why-for-you = Size yardım etmek için.
log-why-note = Notunuza yanıt vermek için.
log-why-request = Talebinize zamanında yanıt vermek için.
log-why-protect = Bilgilerinizi korumak için.
log-why-register = Size yazabilmek ve yardım edebilmek için.
log-why-follow-up = Size gönderdiğimiz bir mektupla ilgilenmek için.
log-why-letter = Size haber vermek için.
log-why-unread = Önemli bir mektubu açmamıştınız.
log-why-paper = Mektuplarınızı kâğıt olarak alıyorsunuz veya bir kopyaya ihtiyacınız vardı.
log-from = Başlangıç günü
log-to = Bitiş günü
log-day-hint = Örneğin 2026-11-23. Her şeyi görmek için alanı boş bırakın.
log-in-system = Sistem
log-bad-day = Günü yıl-ay-gün şeklinde yazın, örneğin 2026-11-23.
log-unit-front-desk = Borgerservice (vatandaş hizmetleri)
log-unit-caseworker = Dosya işlemleri
log-unit-project = Projeler
log-unit-dpo = Veri koruma
log-unit-citizens-adviser = Vatandaş danışmanı (Borgerrådgiver)
log-unit-it = Bilgi işlem (IT)
log-unit-network = Ağ
access-report-empty = En az bir satır gönderin.
access-report-too-many = Bir seferde en fazla 1.000 satır gönderin.
access-report-missing = Buraya bir şey yazın.
access-report-too-long = Metin çok uzun.
access-report-unreadable = Kayıt okunamadı: her alan, /api/v1/openapi.json içinde açıklandığı gibi metin olmalıdır.
access-report-person = Kişiyi person_id veya cpr ile belirtin.
access-report-unknown-person = Bu kişiyi tanımıyoruz.
access-report-actor = Kimin baktığını belirtin (actor).
access-report-actor-kind = Bakan kişi staff, helper veya system olmalıdır.
access-report-at = Zamanı RFC 3339 biçiminde yazın, örneğin 2026-11-23T10:05:00Z.
access-report-future = Zaman gelecekte.
log-bad-time = Zamanı RFC 3339 biçiminde veya gün olarak yazın, örneğin 2026-11-23.
log-what-access-log = verilerinize kimlerin baktığını gösteren listeye baktı
log-what-request-read = verilerinizle ilgili talebinize baktı

## Front desk: why are you opening the citizen's data?

desk-reason-title = Bu kişinin verilerini neden açıyorsunuz
desk-reason-lead = Vatandaş, verilerine kimin ve neden baktığını görebilir. Verileri şimdi neden açtığınızı kısaca yazın. Yazdığınız neden, bu vatandaş için oturumu kapatana kadar geçerlidir, ama en fazla 8 saat.
desk-reason-label = Neden
desk-reason-hint = Örneğin "Vatandaş randevusu hakkında aradı" veya bir dosya numarası.
desk-reason-button = Devam et
desk-reason-carried = Vatandaşın verilerini değiştirmek üzeresiniz. Önce nedenini yazın. Doldurduklarınız kaybolmadı: düğmeye bastığınızda gönderilecek.
desk-reason-send = Nedeniyle birlikte gönder
desk-reason-back = Borgerservice sayfasına geri dön
desk-reason-missing = Vatandaşın verilerini neden açtığınızı yazın.
desk-reason-too-long = En fazla 200 karakter yazın.
## Download my data (mydata::export)
export-heading = Verilerimi indir
export-lead = Belediyenin hakkınızda tuttuğu her şeyi tek bir dosya (ZIP) olarak indirin. Dosyada bilgileriniz veri olarak (JSON ve tablo programlarının açabildiği CSV) ve mektuplarınız ile ekleriniz PDF olarak bulunur.
export-lead-for = Belediyenin { $name } hakkında tuttuğu her şeyi tek bir dosya (ZIP) olarak indirin. Dosyada veriler (JSON ve CSV) ve PDF olarak mektuplar ile ekler bulunur. { $name }, bunları indirdiğinizi görebilir.
export-button = Verilerimi indir
export-button-for = { $name } hakkındaki verileri indir
export-print = Her şeyi tek bir PDF olarak yazdır
export-print-made = Yazdırma tarihi: { $date }
export-print-none = Yok.
export-print-cancelled = iptal edildi
export-signup-seat = yeri var
export-signup-waiting = bekleme listesinde
export-signup-cancelled = kayıt iptal edildi
export-signup-came = katıldı
export-signup-did-not-come = katılmadı
export-signup-made = kayıt tarihi: { $date }
export-print-left-out-unreadable = Ek { $number } ({ $filename }) çıktıda yok, çünkü dosya PDF olarak okunamıyor. Bu eki ayrıca yazdırın.
export-print-left-out-encrypted = Ek { $number } ({ $filename }) çıktıda yok, çünkü dosya bir şifreyle kilitli. Bu eki ayrıca yazdırın.
export-print-left-out-too-big = Ek { $number } ({ $filename }) çıktıda yok, çünkü dosya eklenemeyecek kadar büyük. Bu eki ayrıca yazdırın.
export-print-feedback = "Kolay mıydı?" sorusuna verilen yanıtlar adsız saklanır. Bu yüzden hangilerinin size ait olduğunu göremeyiz.
export-field-name = Ad
export-field-cpr = CPR numarası
export-field-address = Adres
export-field-phone = Telefon
export-field-paper-post = Kâğıt posta
export-field-language = Dil
