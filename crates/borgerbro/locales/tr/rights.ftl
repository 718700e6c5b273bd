# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## My data: notes of disagreement ("This is not right"), requests under the data protection rules.

apiscope-mydata-rights = Vatandaşların hatalarla ilgili notlarını yazmak ve okumak, verileriyle ilgili taleplerini kaydetmek ve işleme almak
apiscope-mydata-read = Kurumun bir vatandaş hakkında tuttuklarını okumak: verilerinin özeti, kimlerin baktığını gösteren kayıt ve tüm verilerin dökümü
apiscope-access-log-write = Başka sistemlerin vatandaş verilerine bakışlarını bildirmek, böylece vatandaş bunları tek bir listede görür
apiscope-assessments-write = Etki değerlendirmelerini taslak olarak içe aktarmak

rights-record-person = Bilgileriniz (ad, adres, telefon ve seçimler)
rights-record-letter = Bir mektup
rights-record-booking = Bir randevu
rights-record-letter-named = "{ $subject }" konulu mektup
rights-record-booking-named = { $when } tarihli randevu
rights-outcome-corrected = Düzeltildi
rights-outcome-not-corrected = Düzeltilmedi

rights-kind-access = Hakkınızda neler tuttuğumuzu görmek
rights-kind-access-hint = Hakkınızda tuttuğumuz bilgilerin bir kopyasını ve bunları ne için kullandığımızı alırsınız.
rights-kind-rectification = Yanlış bilgileri düzelttirmek
rights-kind-rectification-hint = Neyin yanlış, neyin doğru olduğunu yazın.
rights-kind-erasure = Bilgileri sildirmek
rights-kind-erasure-hint = Saklamamız gerekmeyen bilgileri sileriz. Neleri saklamak zorunda olduğumuzu ve nedenini size yazarız.
rights-kind-restriction = Bilgilerinizi daha az kullanmamızı istemek
rights-kind-restriction-hint = Konuyu incelediğimiz sürece bilgileri saklarız, ama kullanmayız.
rights-kind-objection = Bilgilerinizi kullanmamıza hayır demek
rights-kind-objection-hint = Bilgilerinizi ne için kullanmamızı istemediğinizi yazın.
rights-kind-portability = Bilgilerinizi başka bir yere götürmek
rights-kind-portability-hint = Bilgilerinizi, başka bir sistemin okuyabileceği bir dosya olarak alırsınız.

rights-channel-online = Kendisi, internetten
rights-channel-helper = Bir yardımcı aracılığıyla
rights-channel-front-desk = Borgerservice danışma masasında
rights-channel-phone = Telefonla
rights-channel-letter = Mektupla
rights-channel-system = Başka bir sistemden

rights-status-open = Henüz yanıtlanmadı
rights-status-overdue = Süre geçti
rights-status-answered = Yanıtlandı

rights-error-text-missing = Konunun ne olduğunu yazın. Alan boş olamaz.
rights-error-text-long = Metin çok uzun. En fazla 4.000 karakter yazın.
rights-error-reason-missing = Neden daha fazla süreye ihtiyacınız olduğunu yazın. Vatandaşa bu neden bir mektupla bildirilir.
rights-error-extend-too-far = Son tarih, talebi aldığımız tarihten en fazla üç ay sonra olabilir. Daha erken bir tarih seçin.
rights-error-extend-not-later = Yeni son tarih, şu anki son tarihten sonra olmalıdır.
rights-error-day = Tarihi yıl-ay-gün şeklinde yazın, örneğin 2027-03-15.
rights-error-record-unknown = Notun neyle ilgili olduğunu seçin: bilgileriniz, mektuplarınızdan biri veya randevularınızdan biri.
rights-error-received-future = Talebi aldığımız tarih gelecekte olamaz.
rights-error-received-unreadable = Talebi ne zaman aldığımızı yıl-ay-gün şeklinde (örneğin 2027-03-15) veya RFC 3339 biçiminde bir zaman olarak yazın.
rights-error-answered = Bu talep zaten yanıtlandı. Yanıtı sayfada okuyun.
rights-error-kind = Ne istediğinizi seçin: görmek, düzelttirmek, sildirmek, kullanımı sınırlamak, hayır demek veya bilgilerinizi götürmek.
rights-error-channel = Talebin nasıl geldiğini seçin: online, helper, front_desk, phone, letter veya system.
rights-error-status = Bir durum seçin: open, overdue veya answered.
rights-error-change = Ya nedeniyle birlikte yeni bir son tarih (extend_to ve reason) ya da bir yanıt (answer) gönderin.
rights-error-outcome = Bilgilerin düzeltilip düzeltilmediğini seçin.

rights-kept-letters = Bizden gelen ve bize gelen mektuplar. Yasa, bunları saklamamızı zorunlu kılar (arşiv yasası ve dosyaların kayda geçirilmesiyle ilgili kurallar).
rights-kept-log = Bilgilerinize kimlerin baktığını gösteren liste. Bu liste, verilerinizi kimin gördüğünü size gösterir ve değiştirilemez.
rights-kept-permissions = Size yardım etmesine kimlere izin verdiğiniz. Bu, sizin adınıza kimlerin işlem yapabildiğini gösterir.
rights-kept-person = Adınız ve size nasıl ulaştığımız. Belediyede yaşadığınız sürece size yazabilmemiz gerekir.

rights-letter-note-subject = Bir hatayla ilgili notunuza yanıt
rights-letter-note-body = { $written } tarihinde bize, şu konuda bir şeyin doğru olmadığını yazdınız: { $record }.

    { $note }

    Yanıtımız: { $outcome }.

    { $answer }

    Notlarınızı "Verilerim" bölümünde görebilirsiniz.
rights-letter-received-subject = Talebinizi aldık
rights-letter-received-body = Talebinizi { $received } tarihinde aldık: **{ $kind }**.

    { $text }

    En geç **{ $due }** tarihine kadar yanıt alacaksınız. Daha fazla süreye ihtiyacımız olursa, size yazar ve nedenini söyleriz.
rights-letter-extended-subject = Talebiniz için daha fazla süreye ihtiyacımız var
rights-letter-extended-body = { $received } tarihinde bizden şunu istediniz: **{ $kind }**.

    Daha fazla süreye ihtiyacımız var. En geç **{ $due }** tarihine kadar yanıt alacaksınız.

    Nedeni: { $reason }
rights-letter-answer-subject = Talebinize yanıt: { $kind }
rights-letter-answer-body = { $received } tarihinde bizden şunu istediniz: **{ $kind }**.

    { $answer }
rights-erased = Sildiklerimiz: sona ermiş { $bookings } randevuda konu hakkında yazdıklarınız, notlarınız ve telefon numaranız.

    Sakladıklarımız ve nedeni:

    { $kept }

rights-nav = Verilerim
rights-notes-link = Bu doğru değil
rights-requests-link = Haklarınız
rights-notes-title = Bu doğru değil
rights-notes-title-for = Bu doğru değil: { $name }
rights-notes-lead = Hakkınızda tuttuğumuz bilgilerde yanlış veya yanıltıcı bir şey mi var? Bunu buraya yazın. Bilgileri açan her çalışan notunuzu görür. Yanıtı bir mektupla alırsınız.
rights-note-written-notice = Teşekkür ederiz. Notunuzu aldık. Yanıtı bir mektupla alacaksınız.
rights-field-record = Yanlış olan ne?
rights-field-note = Doğru olmayan ne?
rights-field-note-hint = Neyin yanlış, neyin doğru olduğunu kendi sözlerinizle yazın.
rights-note-button = Notu gönder
rights-notes-list-title = Notlarınız
rights-notes-none = Hiç not yazmadınız.
rights-note-written = Yazıldığı tarih: { $date }
rights-note-waiting = Yanıt bekleniyor.
rights-record-notes-title = Vatandaş, buradaki bir şeyin doğru olmadığını söylüyor
rights-note-answer-link = Nota yanıt verin

rights-requests-title = Haklarınız
rights-requests-title-for = Haklar: { $name }
rights-requests-lead = Bilgilerinizi görme, düzelttirme ve sildirme hakkınız var. Bilgilerinizi kullanmamıza hayır deme hakkınız da var. Bir ay içinde yanıt veririz.
rights-requests-list-title = Talepleriniz
rights-received = Alındığı tarih: { $date }
rights-due = Son yanıt tarihi: { $date }.
rights-answered-on = Yanıtlandığı tarih: { $date }.
rights-request-new-title = Bir şey isteyin
rights-field-kind = Ne istiyorsunuz?
rights-field-request = Konunun ne olduğunu yazın
rights-field-request-hint = Örneğin hangi bilgiler olduğunu ve bu bilgilere ne olması gerektiğini yazın.
rights-field-channel = Talep nasıl geldi?
rights-request-button = Talebi gönder
rights-facts-received = Alındığı tarih
rights-facts-status = Durum
rights-facts-due = Son yanıt tarihi
rights-facts-extended = Süre neden uzatıldı
rights-facts-text = Talep
rights-facts-answer = Yanıt
rights-facts-carried-out = Sistemin yaptıkları
rights-request-letter-will-come = Yanıtı bir mektupla alacaksınız.
rights-back-to-requests = Haklarınız sayfasına geri dön

rights-queue-title = Verilerle ilgili talepler
rights-queue-lead = Vatandaşların veri koruma kurallarına göre yaptığı talepler ve hatalarla ilgili notları. Süre dolmadan yanıt verin.
rights-queue-overdue = Süre geçti
rights-queue-due-soon = Süre yakında doluyor
rights-queue-open = Yanıtlanmadı
rights-queue-none = Bekleyen talep yok.
rights-queue-notes = Yanıt bekleyen hata notları
rights-queue-notes-none = Yanıt bekleyen not yok.
rights-queue-answered = Son yanıtlananlar
rights-overdue-found = Süre geçmiş; fark edildiği tarih: { $date }.
rights-warned-on = Uyarı tarihi: { $date }.
rights-back-to-queue = Taleplere geri dön
rights-answer-title = Vatandaşa yanıt verin
rights-field-answer = Yanıt
rights-field-answer-hint = Vatandaş yanıtı bir mektupla alır. Dijital postadan muafsa mektup kâğıt olarak gider.
rights-field-carry-out = Silinebilecek olanları sil
rights-field-carry-out-hint = Sistem, sona ermiş randevularda vatandaşın konu hakkında yazdıklarını, notlarını ve telefon numarasını siler.
rights-kept-title = Silinemeyenler:
rights-answer-button = Yanıtı gönder
rights-extend-title = Daha fazla süre alın
rights-extend-lead = Konu zorsa veya çok sayıda talep varsa kendinize daha fazla süre verebilirsiniz. Son tarih en geç { $date } olabilir. Vatandaşa nedeni bir mektupla bildirilir.
rights-field-extend-to = Yeni son tarih
rights-field-extend-to-hint = Tarihi yıl-ay-gün şeklinde yazın, örneğin 2027-03-15.
rights-field-reason = Neden daha fazla süreye ihtiyacınız var?
rights-field-reason-hint = Vatandaşın anlayacağı şekilde yazın.
rights-extend-button = Daha fazla süre ver
rights-note-title = Bir hatayla ilgili not
rights-note-open-record = Notun ilgili olduğu şeyi açın
rights-field-outcome = Düzeltildi mi?
rights-field-note-answer = Yanıt
rights-field-note-answer-hint = Neyi düzelttiğinizi veya neden düzeltmediğinizi yazın. Vatandaş yanıtı bir mektupla alır.
rights-note-answer-button = Yanıtı gönder
rights-desk-link = { $name }: talepler ve hatalarla ilgili notlar
rights-letter-wrong-link = Mektupta doğru olmayan bir şey mi var? Bununla ilgili bir not yazın
rights-booking-wrong-link = Randevuda doğru olmayan bir şey mi var? Bununla ilgili bir not yazın
