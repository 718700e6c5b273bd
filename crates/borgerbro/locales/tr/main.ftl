# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

language-name = Türkçe
language-choose = Dil seçin
skip-link = Sayfanın içeriğine geçin
nav-label = Menü
nav-my-page = Sayfam
nav-log-in = Giriş yap
nav-log-out = Çıkış yap
nav-logged-in-as = { $name } olarak giriş yaptınız
help-link = Yardım alın

demo-banner-title = Demo.
demo-banner-text = Bu, uydurma kişilerle hazırlanmış bir deneme sürümüdür. Buraya gerçek bilgiler yazmayın.

footer-contact-heading = Bize ulaşın
footer-phone = Telefon
footer-email = E-posta
footer-opening-hours = Açılış saatleri
footer-links-heading = Daha fazla
footer-accessibility = Erişilebilirlik beyanı
footer-api = Diğer sistemler için açık API

form-error-summary = Bir sorun var
form-error-prefix = Hata

front-title = Ana sayfa
front-heading = { $authority } ile dijital iletişiminiz
front-lead = Burada mektuplarınızı okuyabilir, yardım alabilir ve size kimin yardım edebileceğine karar verebilirsiniz. İsterseniz her zaman bunun yerine bir insanla konuşabilirsiniz.
front-logged-out = Çıkış yaptınız.
front-online-heading = Kendiniz halledin
front-online-text = Mektuplarınızı ve bilgilerinizi görmek için giriş yapın.
front-human-heading = Bir insanla konuşun
front-human-text = Dijital işlemler size zor mu geliyor? Bizi { $phone } numarasından arayın veya bize gelin. Size seve seve yardım ederiz.

help-title = Yardım alın
help-lead = Her zaman bir insandan yardım alabilirsiniz. Dijital işlemleri bilmeniz gerekmez.
help-call-heading = Bizi arayın
help-call-text = Borgerservice'i (vatandaş hizmetleri) { $phone } numarasından arayın. Telefonda her konuda size yardım edebiliriz.
help-call-button = { $phone } numarasını arayın
help-visit-heading = Bize gelin
help-visit-text = Borgerservice'e (vatandaş hizmetleri) gelebilirsiniz. Varsa sağlık kartınızı (sundhedskort) veya fotoğraflı başka bir kimlik belgenizi yanınıza alın.
help-write-heading = Bize yazın
help-write-text = Bize e-posta da yazabilirsiniz. Normal bir e-postaya CPR numaranızı (kişisel kimlik numarası) yazmayın.
help-rights-heading = Haklarınız
help-rights-paper = Mektuplarınızı dijital yerine kâğıt üzerinde alabilirsiniz. Bir neden belirtmeniz gerekmez.
help-rights-helper = Şifrenizi vermeden başka birinin size yardım etmesine izin verebilirsiniz.
help-rights-no-mitid = MitID'niz veya CPR numaranız (kişisel kimlik numarası) yoksa, Borgerservice (vatandaş hizmetleri) ihtiyacınız olan işlerde size yardım eder.

a11y-title = Erişilebilirlik beyanı
a11y-lead = { $authority }, görme, işitme veya hareket güçlüğü olanlar ya da okumakta zorlananlar dahil herkesin bu web sitesini kullanabilmesini istiyor.
a11y-status-heading = Site ne kadar erişilebilir?
a11y-status-text = Site, WCAG 2.1 standardına AA düzeyinde uygun olarak yapılmıştır. Her sayfayı yayınlanmadan önce otomatik olarak test ediyoruz.
a11y-how-heading = Bunu nasıl yapıyoruz
a11y-how-tests = Her sayfa, axe aracıyla hem cep telefonunda hem de büyük ekranda kontrol edilir.
a11y-how-nojs = Her şey JavaScript olmadan kullanılabilir.
a11y-how-mobile = Site, dar bir cep telefonu ekranında ve yalnızca klavyeyle kullanılabilir.
a11y-feedback-heading = Bir sorun mu buldunuz?
a11y-feedback-text = Bize bildirin, düzeltelim. Şu adrese yazın:
a11y-feedback-phone = veya { $phone } numarasından arayın.
a11y-complaint-heading = Şikâyet
a11y-complaint-text = İşinize yarayan bir yanıt alamazsanız, erişilebilirliği denetleyen Digitaliseringsstyrelsen'e (Dijital Yönetim Ajansı) şikâyette bulunabilirsiniz.

my-title = Sayfam
my-heading = Merhaba { $name }
my-roles-heading = Burada yapabilecekleriniz
my-now-heading = Sizi bekleyenler
my-now-unread =
    { $count ->
        [one] Okumadığınız 1 mektubunuz var
       *[other] Okumadığınız { $count } mektubunuz var
    }
my-now-no-unread = Tüm mektuplarınızı okudunuz.
my-now-deadline = En geç { $date } tarihine kadar yanıt verin
my-now-next-booking = Bir sonraki randevunuz
my-now-no-booking = Hiç randevunuz yok.
my-now-asked-to-help = { $names } size yardım etme izni verdi. Siz evet dediğinizde geçerli olur.
my-now-answer = Evet veya hayır deyin
my-now-helpers = { $names } size yardım edebilir.
my-now-no-helpers = Henüz kimsenin size yardım etme izni yok.
my-now-choose-helper = Size yardım edebilecek birini seçin
my-now-given-waiting = Şu kişilerin size yardım etmeye evet demesini bekliyoruz: { $names }.
my-now-helping = Yardım ettiğiniz kişiler
my-queues-heading = Bugün bekleyenler
my-queue-escalations =
    { $count ->
        [0] Takip bekleyen mektup yok
        [one] Okunmamış 1 mektup takip bekliyor
       *[other] Okunmamış { $count } mektup takip bekliyor
    }
my-queue-print =
    { $count ->
        [0] Yazdırılacak mektup yok
        [one] 1 mektup yazdırılıp gönderilmeli
       *[other] { $count } mektup yazdırılıp gönderilmeli
    }
my-queue-reviews =
    { $count ->
        [one] Yayınlanmış 1 değerlendirme yeniden gözden geçirilmeli
       *[other] Yayınlanmış { $count } değerlendirme yeniden gözden geçirilmeli
    }
my-queue-benefits =
    { $count ->
        [one] 1 kazanım hedefine ulaşmadı veya yanlış yönde gidiyor
       *[other] { $count } kazanım hedefine ulaşmadı veya yanlış yönde gidiyor
    }
my-queue-ring =
    { $count ->
        [one] 1 vatandaş aranmalı: randevu mektubu ulaşmıyor
       *[other] { $count } vatandaş aranmalı: randevu mektubu ulaşmıyor
    }
my-queue-bookings =
    { $count ->
        [0] Bugün randevu yok
        [one] Bugün 1 randevu
       *[other] Bugün { $count } randevu
    }

role-citizen = Vatandaş
role-citizen-description = Mektuplarınızı okuyun, size nasıl ulaşacağımızı seçin ve size kimin yardım edebileceğine karar verin.
role-helper = Yardımcı
role-helper-description = Size izin vermiş bir vatandaşa yardım edin. Yalnızca vatandaşın evet dediği şeyleri görebilirsiniz.
role-caseworker = Dosya sorumlusu
role-caseworker-description = Mektup gönderin ve önemli mektupların okunup okunmadığını takip edin.
role-front-desk = Borgerservice
role-front-desk-description = Vatandaşlara bankoda ve telefonda yardım edin, MitID'si olmayanlara da.
role-project-owner = Proje sahibi
role-project-owner-description = Yeni bir dijital çözüm başlatılmadan önce vatandaşlar için ne anlama geldiğini değerlendirin.
role-dpo = Veri koruma danışmanı
role-dpo-description = Etki değerlendirmelerindeki veri korumasına yorum yapın ve onaylayın.
role-citizens-adviser = Vatandaş danışmanı
role-citizens-adviser-description = Etki değerlendirmelerine vatandaşların bakış açısından yorum yapın ve onaylayın.
role-administrator = Yönetici
role-administrator-description = Borgerbro'yu kurun ve API anahtarlarıyla diğer sistemlere erişim verin.
role-network-member = Ağ üyesi
role-network-member-description = Materyal paylaşın, toplantılar için gündem maddesi önerin ve kuruluşunuz için kurslar ve etkinlikler düzenleyin.
role-network-coordinator = Ağ koordinatörü
role-network-coordinator-description = Yeni üyeleri onaylayın, ağın toplantılarını ve eylem planını yürütün.

login-title = Giriş yap
login-mitid-lead = Mektuplarınızı ve bilgilerinizi görmek için MitID ile giriş yapın.
login-mitid-button = MitID ile giriş yap
login-demo-heading = Bir demo kişisi seçin
login-demo-lead = Demoda bu uydurma kişilerden biri olarak giriş yaparsınız. Her kişi, Borgerbro'nun belirli bir kullanıcı türüne nasıl göründüğünü gösterir.
login-demo-button = { $name } olarak giriş yap
login-demo-unknown = Bu kişi demoda yok. Giriş yap sayfasına geri dönün ve listedeki kişilerden birini seçin.
login-none = Giriş henüz kurulmadı. Bizi { $phone } numarasından arayın, size yardım edelim.
login-no-mitid-heading = MitID'niz yok mu?
login-no-mitid-text = Yine de her konuda yardım alabilirsiniz. Borgerservice'i (vatandaş hizmetleri) { $phone } numarasından arayın veya bize gelin.
login-failed = Girişinizi yapamadık. Giriş yap sayfasından yeniden deneyin. Hâlâ olmuyorsa bizi arayın.
login-failed-unknown-key = Giriş hizmetinin imzasını kontrol edemediğimiz için girişinizi yapamadık. Bu sizin hatanız değil. Birkaç dakika sonra yeniden deneyin. Hâlâ olmuyorsa bizi arayın.
login-provider-down = Şu anda MitID'ye bağlanamıyoruz. Biraz sonra yeniden deneyin veya bizi arayın.

apikeys-title = API anahtarları
apikeys-lead = Telefon robotu veya dosya sistemi gibi diğer sistemler, Borgerbro ile konuşmak için bir API anahtarı kullanır. Her sisteme kendi anahtarını verin; böylece sistemlerin erişimini tek tek kapatabilirsiniz.
apikeys-create-heading = Yeni anahtar oluşturun
apikeys-name-label = Sistemin adı
apikeys-name-hint = Örneğin "Telefon robotu" veya "Dosya sistemi". En fazla 100 karakter.
apikeys-name-missing = Anahtarı kullanacak sistemin adını yazın.
apikeys-name-too-long = Ad en fazla 100 karakter olabilir. Kısaltın.
apikeys-create-button = Anahtar oluştur
apikeys-created-heading = Anahtar oluşturuldu
apikeys-created-text = Anahtarı şimdi kopyalayın ve güvenli bir yerde saklayın. Yalnızca bu bir kez gösterilir.
apikeys-list-heading = Anahtarlar
apikeys-none = Henüz anahtar yok.
apikeys-col-name = Sistem
apikeys-col-created = Oluşturulma
apikeys-col-status = Durum
apikeys-revoked = Engellendi
apikeys-revoke-button = { $name } anahtarını engelle
apikeys-scopes-legend = Sistem neler yapabilir?
apikeys-scopes-hint = Yalnızca sistemin ihtiyaç duyduğu şeyleri seçin. İleride daha fazlası gerekirse yeni bir anahtar oluşturun.
apikeys-scope-missing = Sistemin yapabileceği en az bir şey seçin.
apikeys-scope-unknown = Listedekiler arasından seçin.
apikeys-scopes-none = Hiçbir şey
apikeys-col-scopes = Yetkiler
apiscope-people = Kişi kaydetme ve mektupları kâğıt üzerinde alıp almayacaklarını değiştirme
apiscope-letters-send = Mektup gönderme
apiscope-letters-read = Sistemin kendi gönderdiği mektupları takip etme (açılma, yanıtlar, son tarih)
apiscope-letters-read-all = Başkalarının gönderdikleri dahil tüm mektupları takip etme
apiscope-print = Yazdırma kuyruğundaki kâğıt mektupları alma
apiscope-mandates-check = Bir yardımcının bir şeyi yapmaya izni olup olmadığını kontrol etme
apiscope-mandates-read = Bir vatandaşın verdiği izinleri görme
apiscope-mandates-give = Yardımcının evet demesi gereken izinler verme ve sistemin kendi verdiği izinleri değiştirme ve sonlandırma
apiscope-mandates-in-person = Yüz yüze görüşmede kararlaştırılan ve hemen geçerli olan izinler verme
apiscope-mandates-manage-all = Vatandaşın veya diğer sistemlerin verdikleri dahil tüm izinleri değiştirme ve sonlandırma
apiscope-bookings = Boş saatleri görme, randevu alma ve sistemin kendi randevularını görme ve iptal etme

error-go-front = Ana sayfaya gidin
error-call-us = Yardıma ihtiyacınız olursa bizi { $phone } numarasından arayın.
error-request-id = Hata kodu: { $id }. Hata hakkında bizi ararsanız bu kodu söyleyin.
error-not-found-title = Sayfa bulunamadı
error-not-found-next = Adresin doğru yazıldığını kontrol edin veya ana sayfadan başlayın.
error-not-covered-title = İzniniz bunu kapsamıyor
error-not-covered-next = Vatandaşın size verdiği izin, görmeye veya yapmaya çalıştığınız şeyi kapsamıyor. Vatandaş, Sayfam'daki "Size yardım edebilecek kişiler" bölümünden veya Borgerservice'te (vatandaş hizmetleri) size daha fazla izin verebilir.
error-forbidden-title = Bu sayfaya erişiminiz yok
error-forbidden-next = Bu sayfa yalnızca belirli bir rolü olan kişiler içindir. Başka biri olarak giriş yapın veya kendi sayfanıza gidin.
error-csrf-title = Form çok eski
error-csrf-next = Güvenliğiniz için formu kabul edemedik. Geri dönün, sayfayı yenileyin ve formu yeniden gönderin. Yazdıklarınız hâlâ orada.
error-unauthorized-title = API anahtarı eksik
error-unauthorized-next = Authorization alanında geçerli bir API anahtarını "Bearer ANAHTAR" şeklinde gönderin. Bir yönetici anahtar oluşturabilir.
error-bad-request-title = Bunu kullanamadık
error-bad-form = Gönderilenleri okuyamadık. Geri dönün, alanları kontrol edin ve yeniden deneyin.
error-too-large-title = Bu çok büyük
error-too-large-next = Gönderdiğiniz şey çok büyük. Küçültün ve yeniden deneyin.
error-unavailable-title = Bilgilerinizi şu anda getiremiyoruz
error-unavailable-next = Birkaç dakika sonra yeniden deneyin. Hiçbir şey kaybolmadı.
error-too-many-title = Çok fazla deneme yaptınız
error-too-many-next = Saat { $time } itibarıyla yeniden deneyin. Beklemek istemiyorsanız bizi arayın.
error-too-many-api-next = Çok fazla çağrı. { $seconds } saniye sonra yeniden deneyin (bkz. Retry-After).
form-too-many = Buradan çok fazla gönderim yapıldı. Saat { $time } itibarıyla yeniden deneyin veya bizi arayın.
error-missing-scope = API anahtarının buna izni yok. { $scope } izni eksik; bir yönetici bu izne sahip bir anahtar oluşturabilir.
error-internal-title = Bizim tarafımızda bir hata oldu
error-internal-next = Bu sizin hatanız değil. Biraz sonra yeniden deneyin. Hâlâ olmuyorsa bizi arayın.

footer-check = Metninizi sade dil açısından kontrol edin

check-title = Metninizi kontrol edin
check-lead = Bir metin yapıştırın, örneğin bir vatandaşa yazılmış bir mektup. Metnin ne kadar kolay okunduğunu ve nasıl daha kolay hâle getirebileceğinizi öğrenirsiniz. Metin kaydedilmez.
check-text-label = Metniniz
check-text-hint = En fazla 100.000 karakter. CPR numaraları veya başka kişisel bilgiler yazmayın.
check-text-missing = Kontrol etmek istediğiniz metni yazın veya yapıştırın.
check-text-too-long = Metin çok uzun. Bir seferde en fazla 100.000 karakter kontrol edin, örneğin her seferinde bir bölüm.
check-format-label = Metin nasıl yazılmış?
check-format-text = Düz metin
check-format-markdown = Markdown
check-format-html = HTML
check-format-unknown = Listedeki biçimlerden birini seçin.
check-button = Metni kontrol et
check-result-heading = Sonuç
check-lix = LIX { $lix }:
check-band = metnin okunma zorluğu: { $band }.
check-counts-words = Kelimeler
check-counts-sentences = Cümleler
check-counts-long-words = Uzun kelimeler (6 harften uzun)
check-needs-summary = Metnin en üstünde bir "Kort fortalt" (kısaca) bölümü olmalı: en önemli konu hakkında birkaç kısa cümle.
check-advice-heading = Yapabilecekleriniz
check-marked-heading = Bulguların işaretlendiği metniniz
check-notes-heading = Bulgular
check-suggestion = Öneri
check-kind-cpr-number = CPR numarası
check-kind-very-long-sentence = Çok uzun cümle
check-kind-long-sentence = Uzun cümle
check-kind-long-paragraph = Uzun paragraf
check-kind-officialese = Resmî kurum dili
check-kind-jargon = Uzmanlık terimi
check-kind-nominalisation = İsme dönüştürülmüş fiil
check-kind-passive = Edilgen yapı
check-kind-abbreviation = Kısaltma
check-kind-old-address = Eski usul hitap
check-kind-very-long-word = Çok uzun kelime
check-api-too-large = Metin en fazla 131.072 karakter olabilir. Bölün ve parçaları ayrı ayrı gönderin.
check-api-bad-json = JSON'u {"{"}"text": "...", "format": "text"{"}"} şeklinde gönderin. Format text, markdown veya html olabilir.

error-invalid-title = Düzeltilmesi gereken bir şey var
error-invalid-next = Bir veya daha fazla alan doğru doldurulmamış. "errors" listesine bakın, alanları düzeltin ve yeniden gönderin.
error-conflict-title = Zaten var

people-name-missing = Kişinin adını yazın.
people-name-too-long = Ad en fazla 200 karakter olabilir.
people-cpr-not-ten-digits = Bir CPR numarası 10 rakamdan oluşur, örneğin 150584-1234. Numarayı kontrol edin.
people-cpr-not-a-date = Bir CPR numarasının ilk 6 rakamı bir doğum tarihidir (gün, ay, yıl). Numarayı kontrol edin.
people-cpr-taken = Bu CPR numarasına sahip bir kişi zaten var. Bunun yerine o kişiyi kullanın.
people-phone-invalid = 8 rakamlı bir telefon numarası veya + ile başlayan bir yabancı numara yazın.

my-post-choice = Kâğıt veya dijital posta

postchoice-title = Mektuplarınızı nasıl alırsınız
postchoice-is-digital = Mektuplarınızı burada, Borgerbro'da dijital olarak alıyorsunuz.
postchoice-is-paper = Mektuplarınızı posta ile kâğıt üzerinde alıyorsunuz.
postchoice-paper-text = Mektuplarınızı kâğıt üzerinde almayı mı tercih edersiniz? Bir neden belirtmeniz gerekmez. Bu şimdiden itibaren geçerlidir ve her zaman geri dönebilirsiniz.
postchoice-to-paper = Mektuplarımı kâğıt üzerinde almak istiyorum
postchoice-back-text = Mektuplarınızı yeniden dijital olarak almayı mı tercih edersiniz? Bu şimdiden itibaren geçerlidir.
postchoice-to-digital = Mektuplarımı dijital olarak almak istiyorum
postchoice-now-paper = Artık mektuplarınızı kâğıt üzerinde alacaksınız. Bu, bir sonraki mektuptan itibaren geçerlidir.
postchoice-now-digital = Artık mektuplarınızı yeniden dijital olarak alacaksınız.
postchoice-address-heading = Adresiniz
postchoice-no-address = Adresiniz bizde yok. Mektuplarınızı gönderebilmemiz için bizi { $phone } numarasından arayın.

date-long = { $day } { $month } { $year } { $weekday }
weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar
# Opening hours in a line: a run of days with the same times ("Pazartesi–Çarşamba 10.00–15.00").
hours-run = { $days } { $opens }–{ $closes }
hours-run-drop-in = { $days } { $opens }–{ $closes } (randevusuz)
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

my-inbox = Mektuplarınız
my-write = Mektup yazın
my-escalations = Okunmamış mektuplar: takip

area-housing = Konut
area-health = Sağlık
area-pension = Emeklilik
area-employment = İş ve yardımlar
area-family = Çocuk ve aile
area-tax = Vergi ve ödeme
area-bookings = Randevular ve görüşmeler
area-mandates = Yardımcılar ve izinler
area-general = Diğer
area-unknown = Bilinmeyen konu

inbox-title = Mektuplarınız
inbox-search-label = Mektuplarınızda arayın
inbox-search-button = Ara
inbox-empty = Henüz hiç mektubunuz yok.
inbox-none-found = Aramanıza uyan mektup yok. Başka bir kelime deneyin.
inbox-unread = Okunmadı
inbox-done = Halledildi
inbox-unread-count =
    { $count ->
        [0] Okunmamış mektup yok
        [one] 1 okunmamış mektup
       *[other] { $count } okunmamış mektup
    }
inbox-filter-label = Mektup bulun
inbox-unread-only = Yalnızca okunmamışları göster
inbox-pages-label = Diğer mektuplar
inbox-newer = Daha yeni mektuplar
inbox-older = Daha eski mektuplar
inbox-no-more = Burada başka mektup yok. Daha yeni mektuplara gidin.
inbox-none-unread = Okunmamış mektup yok.
inbox-bad-cursor = Mektup sayfasının bağlantısı çalışmıyor. Mektuplarınıza gidin ve mektubu oradan bulun.

letter-deadline = En geç { $date } tarihine kadar yanıt verin
letter-deadline-moved = Son tarih { $date } idi. Mektubu açmadığınız için size daha fazla zaman verdik.
letter-answered = Mektup { $date } tarihinde yanıtlandı.
letter-answered-deadline = Son tarih { $date } idi.
letter-from = Gönderen
letter-area = Konu
letter-summary = Kısaca
letter-back = Mektuplarınıza geri dönün
letter-read-aloud = Sesli oku
letter-is-done = Mektubu halledildi olarak işaretlediniz.
letter-mark-done = Halledildi olarak işaretle
letter-help = Mektubu anlamadınız mı? Bizi { $phone } numarasından arayın, size açıklayalım.

write-title = Mektup yazın
write-recipient-legend = Alıcı
write-recipient-chosen = Mektubun gideceği kişi
write-recipient-paper = Bu kişi mektuplarını kâğıt üzerinde alıyor, bu yüzden mektup posta ile gönderilecek.
write-recipient-digital = Bu kişi mektuplarını dijital olarak alıyor.
write-recipient-label = Alıcıyı bulun
write-recipient-hint = Bir ad veya CPR numarası yazın ve Ara'ya basın.
write-search-button = Ara
write-matches-legend = Alıcıyı seçin
write-area-label = Mektup ne hakkında?
write-area-hint = Bu, vatandaşa bu mektupla ilgili kimin yardım edebileceğini belirler.
write-subject-label = Başlık
write-summary-label = Kısaca
write-summary-hint = En önemli konu hakkında günlük dilde 4 ila 60 kelime. Mektubun en üstünde yer alır. Zor bir mektupta bulunmalıdır; metni kontrol ederseniz sizinkinde gerekip gerekmediğini görürsünüz.
write-body-label = Mektup
write-body-hint = Vatandaşa doğrudan hitap ederek yazın (Danca "du" ile). Markdown kullanabilirsiniz: # başlık, **kalın**, - maddeler.
write-deadline-label = Vatandaşın bir tarihe kadar bir şey yapması gerekiyor mu? (isteğe bağlı)
write-deadline-hint = Vatandaş mektubu okumazsa, onu arar veya ona yazarız ve son tarih ertelenir.
write-preview-button = Mektubu görüntüle
write-send-button = Mektubu gönder
write-check-heading = Sade dil
write-preview-heading = Mektup vatandaşa böyle görünür

status-recipient = Alıcı
status-sent = Gönderildi
status-on-paper = kâğıt üzerinde
status-opened = Açıldı
status-not-opened = Henüz açılmadı
status-deadline = Son tarih
status-deadline-was = önceki son tarih: { $date }
status-escalations = Takip
status-no-escalations = Henüz takip yok.

escalations-title = Okunmamış mektupların takibi
escalations-lead = Bu vatandaşlar önemli bir mektubu açmadı. Onlarla iletişime geçin ve nasıl gittiğini yazın. Son tarih zaten ertelendi.
escalations-none = Takip edilecek mektup yok.
escalations-letter = Mektup
escalations-contact = İletişim
escalations-moved = Yeni son tarih: { $date }
escalations-outcome-legend = { $name } ile nasıl gitti?
escalations-save = Kaydet
escalation-phone = Vatandaşı arayın
escalation-paper = Mektubu kâğıt üzerinde gönderin
escalation-visit = Vatandaşı ziyaret edin
outcome-reached = Vatandaşa ulaştık
outcome-not-reached = Vatandaşa ulaşamadık
outcome-other-channel = Vatandaşla başka bir yolla iletişime geçtik

post-recipient-none-found = Bu ada veya CPR numarasına sahip kimseyi bulamadık. Yazımı kontrol edin veya adın bir kısmıyla arayın.
post-recipient-missing = Mektubun kime gideceğini seçin: ad veya CPR numarasıyla arayın.
post-recipient-unknown = Alıcı bulunamadı. Önce kişiyi kaydedin veya kimliği ya da CPR numarasını kontrol edin.
post-area-missing = Mektubun ne hakkında olduğunu seçin.
post-subject-missing = Bir başlık yazın.
post-subject-too-long = Başlık en fazla 200 karakter olabilir.
post-summary-too-long = "Kort fortalt" (kısaca) en fazla 1.000 karakter olabilir. Yalnızca en önemli konuyu yazın.
post-summary-required = Mektup, "Kort fortalt" (kısaca) olmadan okunamayacak kadar zor. Bir "Kort fortalt" yazın veya mektubu kolaylaştırın.
post-summary-says-nothing = "Kort fortalt" bölümünü en az 4 kelimeyle yazın: mektuptaki en önemli konu, örneğin vatandaşın ne yapması gerektiği ve ne zaman. "Mektuba bakın" yeterli değil.
post-summary-not-short = "Kort fortalt" en fazla 60 kelime olabilir. Yalnızca en önemli konuyu, iki veya üç kısa cümleyle yazın.
post-summary-not-plain = "Kort fortalt" bölümünü günlük dilde yazın: resmî kurum dili, uzmanlık terimleri ve eski usul hitap olmadan, kısa cümlelerle. Neyin düzeltilmesi gerektiğini görmek için metni kontrol edin.
post-body-missing = Mektubu yazın.
post-body-too-long = Mektup en fazla 100.000 karakter olabilir.
post-deadline-past = Son tarih bugünden sonra olmalıdır.
post-deadline-invalid = Son tarihi bir tarih olarak yazın, örneğin 2026-12-11.
post-deadline-paper-too-soon = Bu kişi mektuplarını kâğıt üzerinde alıyor. Postanın teslim süresiyle çok az zamanı kalır. Mektup ulaştıktan sonra en az 10 gün verin.
post-idempotency-reused = Idempotency-Key başka bir mektup için kullanıldı. Yeni bir mektup için yeni bir anahtar kullanın.
post-outcome-missing = Nasıl gittiğini seçin.
post-attachment-empty = Dosya boş. Doğru PDF dosyasını seçin.
post-attachment-too-large = Bir ek en fazla 20 MB olabilir. Dosyayı küçültün veya birkaç dosyaya bölün.
post-attachment-not-pdf = Ekler PDF dosyası olmalıdır. Dosyayı PDF olarak kaydedin ve yeniden seçin.
post-attachment-filename-too-long = Bir ekin dosya adı en fazla 255 karakter olabilir. Dosyaya daha kısa bir ad verin ve yeniden gönderin.
post-attachment-too-complex = Eki kullanamıyoruz, çünkü açıldığında çok fazla yer kaplıyor. PDF dosyasını normal bir PDF olarak yeniden kaydedin veya birkaç dosyaya bölün.
post-attachment-bad-base64 = Bir ek, data_base64 içinde geçerli base64 değil.
post-attachments-too-many = Bir mektupta en fazla 5 ek olabilir. Bir eki kaldırın veya iki mektup gönderin.
post-batch-unclosed-field = Bir birleştirme alanının kapanış {"}}"} işaretleri eksik. Alanı {"{{"} ad {"}}"} şeklinde yazın.
post-batch-unknown-field = Şablon, listede olmayan bir birleştirme alanı kullanıyor. Alanı listeye ekleyin veya şablondaki adı düzeltin.
post-batch-missing-field = Alıcıda, şablonun kullandığı bir birleştirme alanı eksik. Değeri ekleyin.
post-batch-unknown-recipient = Alıcıyı tanımıyoruz. CPR numarasını veya kimliği düzeltin ya da önce kişiyi kaydedin.
post-batch-too-many = Bir seferde en fazla 10.000 alıcı. Listeyi bölün veya borgerbro post send-batch komutunu kullanın.
post-batch-empty = Listede hiç alıcı yok.
post-batch-field-too-long = Bir birleştirme alanı, bütün bir mektuptan daha uzun. Değeri düzeltin ve yeniden gönderin.
post-upload-broken = Form tam olarak ulaşmadı. Yeniden göndermeyi deneyin.
letter-attachment-size = PDF, { $size }
letter-attachments = Ekler
write-attached = Eklenmiş dosyalar
write-remove-attachment = { $name } dosyasını kaldır
write-files-label = Ek dosya ekleyin (isteğe bağlı)
write-files-hint = En fazla 20 MB boyutunda PDF dosyaları. En fazla { $count } ek. Düğmelerden birine bastığınızda dosya eklenir.

my-front-desk = Bir vatandaşa postasıyla ilgili yardım edin
frontdesk-title = Borgerservice: kâğıt veya dijital posta
frontdesk-lead = Vatandaşı bulun ve onun için kâğıt veya dijital postaya geçiş yapın. Vatandaşın bir neden belirtmesi gerekmez. Bunu onun adına yaptığınız, vatandaşın kayıt geçmişine yazılır. Arama yalnızca adı ve CPR numarasını gösterir. Vatandaşla ilgili bir şey açtığınızda önce nedenini yazarsınız.
frontdesk-search-hint = Ad veya CPR numarası. CPR numarası olmayan vatandaşlar adlarıyla bulunur.
frontdesk-is-paper = Mektuplarını kâğıt üzerinde alıyor.
frontdesk-is-digital = Mektuplarını dijital olarak alıyor.
frontdesk-to-paper = { $name } mektuplarını kâğıt üzerinde alsın
frontdesk-to-digital = { $name } mektuplarını yeniden dijital olarak alsın
frontdesk-now-paper = { $name } artık bir sonraki mektuptan itibaren mektuplarını kâğıt üzerinde alıyor.
frontdesk-now-digital = { $name } artık mektuplarını yeniden dijital olarak alıyor.
frontdesk-open = { $name } için mektuplar ve koruma
frontdesk-citizen-title = Mektuplar ve koruma: { $name }
frontdesk-citizen-cpr = CPR numarası
frontdesk-citizen-letters = Vatandaş mektuplarını nasıl alıyor
frontdesk-citizen-protection = Dijital kontrole karşı koruma

offer-subject = Mektuplarınızı kâğıt üzerinde almak ister misiniz?
offer-summary = Belediyeden (kommune) gelen mektuplarınızı dijital yerine kâğıt üzerinde alabilirsiniz. Bir neden belirtmeniz gerekmez.
offer-sender = Borgerservice
offer-body =
    Size dijital olarak mektuplar gönderdik, ancak bunları açmadınız. Dijital postayı zor bulmanız tamamen normaldir.

    Bunun yerine bizden gelen tüm mektuplarınızı posta ile alabilirsiniz. Bir neden belirtmeniz gerekmez.

    - Bizi arayın, sizin için halledelim.
    - Veya Borgerservice'e (vatandaş hizmetleri) gelin.
    - Her zaman yeniden geri dönebilirsiniz.

print-title = Yazdırılacak mektuplar
print-lead = Postalarını kâğıt üzerinde alan vatandaşlara giden mektuplar ve okunmamış önemli mektupların kâğıt kopyaları. Bunları tek bir PDF olarak indirin, yazdırın ve postaya verildiklerinde gönderildi olarak işaretleyin.
print-none = Yazdırılacak mektup yok.
print-round-lead =
    { $count ->
        [one] Kuyruktaki mektuplarda tek bir PDF'nin alabileceğinden fazla ek var. Önce en eski mektubu indirin. Yazdırıldığında gönderildi olarak işaretleyin. Sonra sıradakileri indirebilirsiniz.
       *[other] Kuyruktaki mektuplarda tek bir PDF'nin alabileceğinden fazla ek var. Önce en eski { $count } mektubu indirin. Yazdırıldıklarında gönderildi olarak işaretleyin. Sonra sıradakileri indirebilirsiniz.
    }
print-download-round =
    { $count ->
        [one] En eski mektubu PDF olarak indirin
       *[other] En eski { $count } mektubu tek bir PDF olarak indirin
    }
print-download-all =
    { $count ->
        [one] Mektubu PDF olarak indirin
       *[other] { $count } mektubun tümünü tek bir PDF olarak indirin
    }
print-queued-legend = Bekleyen mektuplar
print-no-address = adres yok: vatandaşı arayın veya onunla yüz yüze görüşün
print-queued-at = Kuyruğa giriş tarihi
print-one-pdf = Yalnızca bu mektubu indirin (PDF):
print-mark-posted = Seçilenleri posta ile gönderildi olarak işaretle
print-marked =
    { $count ->
        [one] Mektup gönderildi olarak işaretlendi.
       *[other] { $count } mektup gönderildi olarak işaretlendi.
    }
print-posted-heading = Yakın zamanda gönderilenler
print-not-needed-heading = Artık gerekli olmayanlar
print-not-needed-lead = Açılmamış mektupların kâğıt kopyaları. Mektup, kopya gönderilmeden önce açıldı veya yanıtlandı, bu yüzden kopyanın yazdırılması gerekmiyor.
print-not-needed-opened = Artık gerekli değil: vatandaş mektubu { $date } tarihinde açtı
print-not-needed-opened-by-helper = Artık gerekli değil: bir yardımcı mektubu vatandaş için { $date } tarihinde açtı
print-not-needed-answered = Artık gerekli değil: vatandaş mektubu { $date } tarihinde yanıtladı
print-posted-at = Gönderildi
print-no-address-heading = Posta ile gönderilemez
print-no-address-lead = Vatandaşın mektup gönderebileceğimiz bir adresi yok. Arayın ve mektubu okuyun ya da mektubu Borgerservice'te vatandaşa verin. Mektup gönderildi olarak işaretlenemez.
print-no-address-call = { $phone } numarasını arayın ve mektubu okuyun ya da vatandaş geldiğinde mektubu ona verin.
print-no-address-meet = Vatandaşın telefon numarası da yok: vatandaş Borgerservice'e geldiğinde mektubu ona verin.
print-handed-over = Halledildi: { $name } kişisine okundu veya verildi
print-handed-over-done = Mektup okundu veya verildi olarak işaretlendi.
print-handed-over-at = Okundu veya verildi
print-reason-letter = Vatandaş postasını kâğıt üzerinde alıyor
print-reason-escalation = Kâğıt kopya: mektup açılmadı
print-reason-offer = Kâğıt posta teklifi
print-status-unknown = Bilinmeyen durum. status=queued veya status=posted kullanın.
paper-phone = Telefon { $phone }
paper-page = Sayfa
paper-of = /
# A paper copy made because a letter with a deadline was not opened: said at its top.
paper-copy-heading = Açmadığınız bir mektubun kopyası
paper-copy-text = Bu, { $sent } tarihinde dijital postanıza gönderdiğimiz bir mektubun kopyasıdır. Mektubu açmadınız. Bu yüzden son tarihi { $before } tarihinden { $after } tarihine erteledik. Artık yanıt vermek için { $after } tarihi dahil zamanınız var.
# The attachments, listed after the letter's text.
paper-attachment-included = Ek { $number }: { $filename }. Mektubun arkasından gelir.
paper-attachment-separate = Ek { $number } ayrıca yazdırılmalıdır: { $filename }
my-print-queue = Yazdırılacak mektuplar

offer-tasks-heading = Kâğıt posta teklif edilecek vatandaşlar
offer-tasks-lead = Bu vatandaşlar önemli mektupları birkaç kez açmadı. Teklifi içeren bir mektup aldılar. Onları arayın veya geldiklerinde onlarla konuşun.
offer-task = { $name } kişisine kâğıt posta teklif edin
offer-task-switch = { $name } için kâğıt postaya geçin
offer-task-done = Yapıldı: { $name } teklifi aldı
print-letters-heading = Yazdırılacak mektuplar
frontdesk-print-link = Yazdırılacak mektuplar ve kâğıt posta teklif edilecek vatandaşlar

reply-heading = Mektubu yanıtlayın
reply-label = Yanıtınız
reply-hint = Kendi kelimelerinizle yazın. Mektubu gönderen kişi yanıtınızı okur.
reply-send = Yanıtı gönder
reply-sent = Yanıtınız gönderildi. Aşağıda görebilirsiniz.
reply-you-wrote = Yazdığınız
inbox-read-by = { $name } okudu
letter-read-by = { $name }, mektubu sizin için { $date } tarihinde açtı.
reply-helper-wrote = { $name } sizin için { $date } tarihinde yazdı
status-opened-by-citizen = { $date }, vatandaş tarafından
status-opened-by-helper = { $date }, vatandaşa yardım eden { $name } tarafından
status-reply-citizen = Vatandaş { $date } tarihinde yazdı
status-reply-helper = { $name }, vatandaş için { $date } tarihinde yazdı
reply-missing = Göndermeden önce yanıtınızı yazın.
reply-too-long = Yanıt çok uzun. Kısaltın veya bizi arayın.
status-replies = Yanıtlar
status-no-replies = Vatandaş yanıt vermedi.
print-attachments = Mektubun PDF'sine dahil olan ekler. Mektupta bir ekin ayrıca yazdırılması gerektiği yazıyorsa, eki buradan indirin

write-draft-button = Taslak olarak kaydet
write-draft-saved = Taslak kaydedildi. Şimdi veya daha sonra yazmaya devam edebilirsiniz.
write-drafts-heading = Taslaklarınız
write-draft-untitled = Başlıksız taslak

scope-post = Mektuplarınızı okuma
scope-bookings = Sizin için randevu alma
scope-mydata = Bilgilerinizi görme
mandate-status-pending = Yardımcının evet demesi bekleniyor
mandate-status-active = Şu anda geçerli
mandate-status-suspended = Duraklatıldı
mandate-status-ended = Sona erdi
mandate-status-expired = Süresi doldu
mandate-status-not-yet-valid = Başlangıç tarihinden itibaren geçerli
mandate-helper-is-citizen = Kendinize izin veremezsiniz. Başka bir kişi seçin.
mandate-areas-missing = Yardımcının yardım edebileceği en az bir şey seçin.
mandate-area-unknown = Bir alan mevcut değil. post, bookings, mydata veya housing ya da health gibi bir konu kullanın.
mandate-rights-unknown = look (yalnızca görme) veya act (görme ve işlem yapma) yazın.
mandate-dates-order = Bitiş tarihi, başlangıç tarihinden önce. Birini düzeltin.
mandate-ends-in-past = Bitiş tarihi geçti. Gelecekte bir tarih seçin.
mandate-too-long = İzin çok uzun. Daha kısa bir süre seçin; her zaman yeni bir izin verebilirsiniz.
mandate-duplicate = Bu kişinin tam olarak bu izni zaten var.
mandate-date-invalid = Tarihi YYYY-AA-GG şeklinde yazın, örneğin 2027-01-31.
mandate-person-unknown = Bu kişiyi tanımıyoruz. Kimliği kontrol edin.
mandate-identity-check-missing = Vatandaşın kimliğinin nasıl kontrol edildiğini yazın (pasaport, ehliyet, ...).
mandate-identity-check-unknown = Vatandaşın kimliğinin nasıl kontrol edildiğini seçin: pasaport, ehliyet, oturma kartı veya çalışan tarafından tanınıyor (pas, koerekort, opholdskort, kendt).
mandate-note-too-long = Not en fazla 500 karakter olabilir. Kısaltın.
mandate-notice-given-subject = { $helper } kişisine size yardım etme izni verdiniz
mandate-notice-given-body =
    { $helper } artık size şu konularda yardım edebilir: { $scopes }. { $can } İzin { $until } tarihi dahil geçerlidir.

    { $helper } kişisinin neler yaptığını her zaman görebilirsiniz ve izni Sayfam'da veya Borgerservice'te (vatandaş hizmetleri) hemen durdurabilirsiniz.

    Bu izni siz vermediniz mi? Hemen bizi arayın.
mandate-notice-ended-subject = { $helper } artık size yardım edemez
mandate-notice-ended-body =
    { $helper } kişisine verilen izin durduruldu. { $could } Artık { $helper } sizin için hiçbir şey göremez veya yapamaz.

    Yeniden yardım almak isterseniz, Sayfam'da veya Borgerservice'te (vatandaş hizmetleri) yeni bir izin verebilirsiniz.

helpers-title = Size yardım edebilecek kişiler
helpers-lead = Burada sizin için bir şey görmesine veya yapmasına izin verilen herkesi ve yaptıkları her şeyi görürsünüz. Bir izni hemen durdurabilirsiniz.
helpers-none = Şu anda kimsenin size yardım etme izni yok.
helpers-given = İzin verildi. Geçerli olması için yardımcının evet demesi gerekir. Bununla ilgili bir mektup aldınız.
helpers-stopped = İzin durduruldu. Yardımcı artık sizin için hiçbir şey göremez veya yapamaz.
helpers-stop = { $name } kişisine verilen izni durdur
helpers-actions-heading = Yardımcılarınızın yaptıkları
helpers-actions-none = Yardımcılarınız henüz hiçbir şey yapmadı.
helpers-helper-unknown = Bu CPR numarasına sahip kimseyi tanımıyoruz. Numarayı kontrol edin veya yardımcınızla birlikte Borgerservice'e (vatandaş hizmetleri) gelin.
helper-action-read = bir mektup okudu
helper-action-read-attachment = bir ek açtı
helper-action-accept = yardım etmeye evet dedi
helper-action-refused = iznin kapsamadığı bir şeyi görmeye çalıştı ve reddedildi
helper-action-other = sizin için bir şey yaptı
helper-action-read-letter = «{ $subject }» mektubunu okudu
helper-action-reply-letter = «{ $subject }» mektubunu yanıtladı
helper-action-refused-letter = iznin kapsamadığı «{ $subject }» mektubunu açmaya çalıştı ve reddedildi
helper-action-refused-bookings = iznin kapsamadığı randevularınızı görmeye veya değiştirmeye çalıştı ve reddedildi
helper-action-refused-no-permission = şu anda geçerli bir izni olmadan size yardım etmeye çalıştı ve reddedildi
helper-action-refused-missing = sizin mektuplarınız veya randevularınız arasında olmayan bir mektubu ya da randevuyu açmaya çalıştı ve reddedildi
mandate-until = { $date } tarihi dahil geçerlidir.
mandate-note = Not
mandate-rights-look = Yalnızca görebilir
mandate-rights-act = Görebilir ve işlem yapabilir
mandate-rights-look-explained = Yardımcı okuyabilir, ancak sizin için yanıt veremez, randevu alamaz veya bir şey değiştiremez.
mandate-rights-act-explained = Yardımcı sizin için mektupları yanıtlayabilir ve randevu da alabilir. Yardımcı hiçbir zaman başkalarına izin veremez.
give-title = Size yardım etmesi için başka birine izin verin
give-lead = Kimin, neyi ve ne kadar süreyle yapacağını seçin. Yalnızca yardıma ihtiyacınız olan şeyler için izin verin. İzni her zaman yeniden durdurabilirsiniz.
give-areas-legend = Yardımcı hangi konularda yardım edebilir?
give-areas-hint = Mektupların konularını da seçin: bir yardımcı yalnızca seçtiğiniz konulardaki mektupları görür. "Diğer" de bir konudur. Randevularınızla ilgili mektupları yalnızca sizin için randevu almasına da izin verilen kişi görür.
give-rights-legend = Yardımcı ne yapabilir?
give-until-label = Ne kadar süreyle?
give-until-hint = İzin bu günden sonra kendiliğinden sona erer.
give-note-label = Not (isteğe bağlı)
give-note-hint = Örneğin yardımın ne için olduğu. Yardımcı notu görebilir.
give-submit = İzni ver
give-back = Size yardım edebilecek kişilere geri dönün
helping-title = Yardım ettiğiniz kişiler
helping-lead = Burada, kendilerine yardım etmeniz için size izin vermiş olan vatandaşlar yer alır. Yalnızca iznin belirttiği şeyleri görebilir ve yapabilirsiniz.
helping-none = Kimse size kendisine yardım etme izni vermedi.
helping-accept = Evet, { $name } kişisine yardım etmek istiyorum
helping-open = { $name } kişisine yardım edin
acting-region = Başka birine yardım ediyorsunuz
acting-for = { $name } kişisine yardım ediyorsunuz
acting-back = Kendi sayfalarınıza geri dönün
acting-post-title = { $name } kişisine gelen mektuplar
acting-post-none = Görmenize izin verilen mektup yok.
acting-post-no-areas = İzinde mektuplar için hiçbir konu belirtilmemiş, bu yüzden hiçbir mektup göremezsiniz. { $name } size bir konu için izin verebilir, örneğin "Diğer".
acting-post-search-label = Mektuplarda arayın
helper-action-list = mektuplarınızın listesini gördü
acting-post-back = { $name } kişisine gelen mektuplara geri dönün
my-helpers = Size yardım edebilecek kişiler
my-helping = Yardım ettiğiniz kişiler

guide-kicker = Nasıl yardım edersiniz
guide-can-heading = Yapabilecekleriniz
guide-cannot-heading = Yapamayacaklarınız
guide-how-heading = Nasıl yapılır
guide-others = Yardım edebileceğiniz diğer konular
guide-post-title = Mektuplarla ilgili yardım
guide-post-lead = Mektupları yardım ettiğiniz kişiyle birlikte okur ve ne yapmaları gerektiğini anlamalarına yardım edersiniz.
guide-post-can = İznin kapsadığı mektupları okuyabilirsiniz. İşlem yapma izniniz de varsa, mektupları yanıtlayabilirsiniz. Mektupta, onu sizin okuduğunuz yazar.
guide-post-cannot = İznin kapsamadığı konulardaki mektupları göremezsiniz ve hiçbir zaman başkalarına yardım etme izni veremezsiniz.
guide-post-how = Kendi MitID'nizle giriş yapın, "Yardım ettiğiniz kişiler" bölümüne gidin ve kişiyi seçin. Sayfanın en üstünde her zaman kime yardım ettiğiniz yazar.
guide-emner-title = Belirli bir konudaki mektuplar
guide-emner-lead = Her mektup bir konu hakkındadır, örneğin konut, sağlık veya emeklilik.
guide-emner-can = Konutla ilgili mektuplarda yardım etme izniniz varsa, yalnızca konutla ilgili mektupları görürsünüz. Diğer mektupları yalnızca "Diğer" seçilmişse görürsünüz. Randevularla ilgili mektupları yalnızca randevu alma izniniz de varsa görürsünüz.
guide-emner-cannot = İznin belirtmediği konulardaki mektupları görmezsiniz. Sağlıkla ilgili bir mektup yalnızca sağlık konusunda yardım etme izni olan kişi içindir.
guide-emner-how = Yardım ettiğiniz kişi, size izin verirken konuları seçer. Bir konu eksikse, size yeni bir izin verebilir.
help-guides-heading = Başka birine yardım mı ediyorsunuz?

frontdesk-give-mandate = { $name } adına bir izin verin
desk-title = { $name } adına bir izin verin
desk-lead = Vatandaş da yardımcı da burada. Vatandaşın kim olduğunu kontrol edin ve bunu nasıl yaptığınızı yazın. İzin hemen geçerli olur ve vatandaş eve götürmek üzere bir makbuz alır.
desk-helper-legend = Yardımcı
desk-helper-label = Yardımcıyı bulun
desk-helper-choose = Yardımcıyı seçin
desk-helper-missing = Yardımcıyı bulun ve seçin.
desk-check-label = Vatandaşın kim olduğunu nasıl kontrol ettiniz?
desk-check-choose = Seçin
desk-check-pas = Pasaport
desk-check-koerekort = Ehliyet
desk-check-opholdskort = Oturma kartı
desk-check-kendt = Vatandaşı bir çalışan tanıyor
desk-submit = İzni ver ve makbuzu yazdır
receipt-title = İzniniz için makbuz
receipt-lead = { $name }, yardım etmesi için başka birine izin verdi. Bu makbuzu saklayın.
receipt-helper = Yardımcı
receipt-may = İzin verilenler
receipt-until = Şu tarih dahil geçerli
receipt-note = Not
receipt-end-heading = İzni nasıl durdurursunuz
receipt-end-call = Bizi { $phone } numarasından arayın.
receipt-end-visit = Bize gelin: { $address }.
receipt-end-online = Veya giriş yapın, Sayfam'a gidin ve "Size yardım edebilecek kişiler" bölümünü seçin.
receipt-letter = İzinle ilgili bir mektup da alacaksınız.
receipt-print = Makbuzu yazdır
receipt-back = Borgerservice'e geri dönün

frontdesk-is-protected = Vatandaş korunuyor: yeni izinler yalnızca burada, Borgerservice'te verilebilir ve kâğıt üzerinde de gönderilir.
frontdesk-protect = { $name } kişisini dijital kontrole karşı koruyun
frontdesk-unprotect = { $name } kişisinin korumasını kaldırın
frontdesk-pause-all = Tüm izinleri şimdi duraklat
mandate-needs-in-person = Korunuyorsunuz, bu yüzden yeni bir izin sizi görebileceğimiz Borgerservice'te (vatandaş hizmetleri) verilmelidir. Bize gelin veya bizi arayın.
print-reason-protection = Korunan vatandaş: yeni izin bildirimi

acting-replies = Mektuba verilen yanıtlar
acting-answer-label = { $name } adına yanıt
acting-answer-hint = Yanıt vatandaşın adına gönderilir ve onu sizin yazdığınız belirtilir.
helper-action-reply = bir mektubu yanıtladı

scope-post-helper = Mektupları okuma
scope-bookings-helper = Randevu alma
scope-mydata-helper = Bilgileri görme

# Changing a permission, and one that runs out by itself
helpers-change = { $name } kişisine verilen izni değiştir
helpers-changed = İzin değiştirildi ve şimdi geçerli. Bununla ilgili bir mektup aldınız.
mandate-idempotency-reused = Idempotency-Key başka bir değişiklik için kullanıldı. Yeni bir değişiklik için yeni bir anahtar kullanın.
mandate-error-api-json = citizen ve değiştirilecek şeyi içeren bir JSON gövdesi gönderin: areas, rights, valid_to veya note.
helpers-change-waits = Bu, { $name } kişisinin evet demesini bekleyen bir değişiklik. O zamana kadar { $name } kişisinin şu anki izni geçerlidir.
helping-change-waits = { $name } izninizi değiştirmek istiyor. Evet derseniz, yeni izin şu anki izninizin yerine geçer.
helpers-changed-waiting = İzin değiştirildi. Yenisi ancak yardımcı evet dediğinde geçerli olur. Bununla ilgili bir mektup aldınız.
change-title = { $name } kişisine verilen izni değiştirin
change-lead = Yardımcıya daha az izin verirseniz, bu hemen geçerli olur. Daha fazla izin verirseniz, bu ancak yardımcı evet dedikten sonra geçerli olur. O zamana kadar yardımcı yalnızca hem eski hem de yeni iznin izin verdiği şeyleri yapabilir.
change-until-hint = İzin bu günden sonra kendiliğinden sona erer. Daha erken bir gün hemen geçerli olur.
change-submit = Değişikliği kaydet
change-back = Size yardım edebilecek kişilere geri dönün
mandate-unchanged = Hiçbir şeyi değiştirmediniz. En az bir şeyi değiştirin veya geri dönün.
mandate-notice-changed-subject = { $helper } kişisine verilen izni değiştirdiniz
mandate-notice-changed-now = Şu andan itibaren { $helper } size şu konularda yardım edebilir: { $scopes }. { $can } İzin { $until } tarihi dahil geçerlidir.
mandate-notice-changed-stopped = { $helper } kişisine verilen eski izin durduruldu, çünkü yeni izinle hiçbir ortak yanı yok.
mandate-notice-changed-waiting = { $helper } kişisine daha fazlası için de izin verdiniz: { $scopes }. { $can } { $until } tarihi dahil. Bu, ancak { $helper } evet dediğinde geçerli olur.
mandate-notice-changed-end =
    { $helper } kişisinin neler yaptığını her zaman görebilirsiniz ve izni Sayfam'da veya Borgerservice'te (vatandaş hizmetleri) hemen durdurabilirsiniz.

    İzni siz değiştirmediniz mi? Hemen bizi arayın.
mandate-notice-can-look = { $helper } yalnızca görebilir; sizin için yanıt veremez, randevu alamaz veya bir şey değiştiremez.
mandate-notice-can-act = { $helper } görebilir ve sizin adınıza işlem de yapabilir: mektupları yanıtlayabilir ve randevu alabilir.
mandate-notice-could-look = İzin, { $helper } kişisine yalnızca görme iznini veriyordu, sizin adınıza işlem yapma iznini vermiyordu.
mandate-notice-could-act = İzin, { $helper } kişisine görme ve sizin adınıza işlem yapma iznini de veriyordu.
mandate-notice-you-can-look = Yalnızca görebilirsiniz; { $citizen } için yanıt veremez, randevu alamaz veya bir şey değiştiremezsiniz.
mandate-notice-you-can-act = Görebilir ve { $citizen } adına işlem de yapabilirsiniz: mektupları yanıtlayabilir ve randevu alabilirsiniz.
mandate-notice-helper-given-subject = { $citizen } size yardım etme izni verdi
mandate-notice-helper-given-body =
    { $citizen } size şu konularda yardım etme izni verdi: { $helper-scopes }. { $you-can } İzin { $until } tarihi dahil geçerlidir.

    { $start }

    Yalnızca iznin belirttiği şeyleri görebilir ve yapabilirsiniz. { $citizen } yaptıklarınızı her zaman görebilir ve izni hemen durdurabilir.
mandate-notice-helper-more-subject = { $citizen } size daha fazla izin vermek istiyor
mandate-notice-helper-more-body =
    { $citizen } izninizi değiştirdi ve size daha fazla izin vermek istiyor: { $helper-scopes }. { $you-can } { $until } tarihi dahil. Siz evet diyene kadar şu anki izniniz geçerlidir.

    { $start }
mandate-notice-helper-start-waiting = İzin ancak siz evet dediğinizde geçerli olur. Giriş yapın, "Yardım ettiğiniz kişiler" (/jeg-hjaelper) bölümüne gidin ve "Evet, { $citizen } kişisine yardım etmek istiyorum" düğmesine basın.
mandate-notice-helper-start-accepted = İzin zaten geçerli, çünkü ikiniz de oradayken Borgerservice'te (vatandaş hizmetleri) verildi. İzni "Yardım ettiğiniz kişiler" (/jeg-hjaelper) bölümünde bulabilirsiniz.
mandate-notice-expired-subject = { $helper } artık size yardım edemez
mandate-notice-expired-body =
    { $helper } artık { $from } tarihinden itibaren size şu konularda yardım edemez: { $scopes }. { $could } İzin { $until } tarihi dahil geçerliydi ve kendiliğinden sona erdi.

    Yeniden yardım almak isterseniz, Sayfam'da veya Borgerservice'te (vatandaş hizmetleri) yeni bir izin verebilirsiniz.
desk-permissions-heading = Vatandaşın verdiği izinler
desk-give-heading = Yeni bir izin verin
desk-change-back = Vatandaşın izinlerine geri dönün
acting-nav = { $name } kişisine yardım edebileceğiniz konular
acting-link-post = Mektuplar
acting-link-bookings = Randevular
acting-post-bookings = { $name } kişisinin randevularını görün
guide-tider-title = Randevularla ilgili yardım
guide-tider-lead = Belediyedeki (kommune) randevuları almaya ve takip etmeye yardım edebilirsiniz. Bu, Borgerservice'te bir görüşme, bir telefon görüşmesi veya bir ziyaret olabilir.
guide-tider-can = Görme ve işlem yapma izniniz varsa, randevu alabilir, randevuyu değiştirebilir ve iptal edebilirsiniz. Yalnızca görme izniniz varsa, randevuları görebilirsiniz ama değiştiremezsiniz. Yardım ettiğiniz kişi her seferinde bir mektup alır. Mektupta bunu sizin yaptığınız yazar. Mektupları okuma izniniz de varsa, randevularla ilgili mektupları görürsünüz.
guide-tider-cannot = İzinde randevular belirtilmemişse randevuları göremezsiniz. Hiçbir zaman başkalarına yardım etme izni veremezsiniz.
guide-tider-how = Kendi MitID'nizle giriş yapın. "Yardım ettiğiniz kişiler" bölümüne gidin ve kişiyi seçin. Sayfanın en üstünde "Randevular"ı seçin. Burada yeni bir randevu alabilirsiniz. Bir randevuyu açıp değiştirebilir veya iptal de edebilirsiniz.

# Help places
help-kind-front_desk = Borgerservice
help-kind-library = Kütüphane
help-kind-drop_in_centre = Buluşma veya ısınma merkezi (værested, varmestue)
help-kind-it_cafe = Gönüllülerin olduğu bilgisayar kafe
help-kind-phone_line = Telefonda yardım
help-kind-outreach = Gezici Borgerservice
help-topic-mitid = MitID
help-topic-digital-post = Digital Post
help-topic-helpers = Başka birinin size yardım etmesine izin verin
help-topic-apps = Telefondaki uygulamalar
help-topic-forms = Formlar ve başvurular
help-topic-letters = Anlamadığınız mektuplar
help-topic-health = Sağlık
help-topic-housing = Konut
help-topic-pension = Emeklilik
help-topic-jobs = İş
help-topic-money = Para ve yardımlar
help-topic-moving = Taşınma
help-language-da = Danca
help-language-en = İngilizce
help-language-ar = Arapça
help-language-uk = Ukraynaca
help-language-de = Almanca
help-language-pl = Lehçe
help-language-tr = Türkçe
help-language-so = Somalice
help-language-fa = Farsça
help-language-ur = Urduca
help-language-ti = Tigrinya dili
help-language-ro = Rumence
help-language-es = İspanyolca
help-language-fr = Fransızca
help-hours-day = Günü Danca kısaltmayla yazın: man, tir, ons, tor, fre, lør veya søn (Pazartesi–Pazar), örneğin man-fre 10:00-15:00.
help-hours-time = Saati 10:00-15:00 şeklinde yazın.
help-hours-order = Yer, açıldıktan sonra kapanmalıdır. Saati düzeltin.
help-hours-overlap = Aynı günde iki saat aralığı çakışıyor. Bunları tek bir aralık olarak yazın.
help-hours-missing = En az bir açılış saati yazın, örneğin man-fre 10:00-15:00.
help-hours-closed-date = Kapalı günü "lukket 24.12" (her yıl), "lukket 31.12.2026" (tek gün) veya "lukket 6.7.2026-26.7.2026" (bir dönem) şeklinde yazın.
help-hours-closed-order = İlk kapalı gün, son kapalı günden önce gelmelidir. Tarihleri düzeltin.
help-status-closed-today = Bugün kapalı: { $why }.
help-closed-own-day = kapalı
help-place-closed-days = Önümüzdeki iki aydaki kapalı günler
help-holiday-new-years-day = Yılbaşı
help-holiday-maundy-thursday = Kutsal Perşembe
help-holiday-good-friday = Kutsal Cuma
help-holiday-easter-sunday = Paskalya Pazarı
help-holiday-easter-monday = Paskalya Pazartesisi
help-holiday-ascension = Göğe Yükseliş Günü
help-holiday-whit-sunday = Pentekost Pazarı
help-holiday-whit-monday = Pentekost Pazartesisi
help-holiday-constitution-day = Anayasa Günü
help-holiday-christmas-eve = Noel Arifesi
help-holiday-christmas-day = Noel
help-holiday-boxing-day = Noel'in ikinci günü
help-holiday-new-years-eve = Yılbaşı Arifesi
help-error-kind = Bu yerin ne tür bir yer olduğunu seçin.
help-error-name = Yerin adını yazın (en fazla 200 karakter).
help-error-description = Açıklamayı daha kısa yazın (en fazla 2.000 karakter).
help-error-line = Daha kısa yazın (en fazla 200 karakter).
help-error-street = Sokak adını ve bina numarasını yazın.
help-error-postcode = Posta kodunu 4 rakamla yazın, örneğin 8000.
help-error-postcode-unknown = Bu posta kodunu tanımıyoruz. Belediye (kommune) sınırları içinde bir posta kodu yazın, örneğin 8000.
help-error-position = Danimarka'da bir enlem ve boylam yazın, örneğin 56,1567 ve 10,2108. Veya iki alanı da boş bırakın.
help-error-phone = 8 rakamlı bir telefon numarası yazın, örneğin 89 40 20 00, veya ülke koduyla birlikte yabancı bir numara yazın, örneğin +380 44 123 4567.
help-error-phone-needed = Telefonda yardım için bir telefon numarası gerekir.
help-error-languages = Dilleri aralarında virgül olan kodlar olarak yazın, örneğin da, en, ar.
help-error-step-free = ja (evet) veya nej (hayır) yazın.
help-error-topics = Yerin yardım ettiği en az bir konu seçin.
help-search-error-topic = Listeden bir konu seçin.
help-search-error-postcode = Posta kodunu 4 rakamla yazın, örneğin 8000.
help-search-error-language = Listeden bir dil seçin veya alanı boş bırakın.
help-search-error-postcode-unknown = Bu posta kodunu tanımıyoruz. Belediye (kommune) sınırları içinde bir posta kodu deneyin, örneğin 8000. Veya posta kodu olmadan arayın.
help-search-error-distance = Bir mesafe seçtiğinizde bir posta kodu da yazın.
help-search-error-distance-unknown = Listedeki mesafelerden birini seçin veya mesafe seçmeyin.
help-status-open-now = Şu anda açık, kapanış saati: { $time }
help-status-drop-in-now = Şu anda randevusuz gelebilirsiniz, bitiş saati: { $time }
help-status-opens = Açılış: { $day }, saat { $time }
help-status-drop-in-next = Randevusuz ziyaret: { $day }, saat { $time }
help-status-never = Sabit saatler yok. Önce arayın.
help-day-today = bugün
help-day-tomorrow = yarın
help-feed-drop-in = Randevusuz ziyaret: { $place }
help-feed-visit = Gezici Borgerservice: { $place }
help-places-title = Yakınınızda yardım bulun
help-places-lead = Burada bir insandan yardım alabileceğiniz yerleri bulabilirsiniz. Giriş yapmanız gerekmez.
help-search-topic = Ne konuda yardım almak istiyorsunuz?
help-search-any-topic = Her konu
help-search-postcode = Posta kodu
help-search-postcode-hint = Size en yakın yerleri gösteririz.
help-search-distance = Ne kadar uzağa yürümek veya gitmek istersiniz?
help-search-language = Dil
help-search-any-language = Tüm diller
help-search-open-now = Yalnızca şu anda açık olan yerler
help-search-submit = Yardım bul
help-search-found =
    { $count ->
        [one] 1 yer bulduk
       *[other] { $count } yer bulduk
    }
help-search-none = Hiç yer bulamadık. Daha az şey seçmeyi deneyin.
help-search-call = Borgerservice'i (vatandaş hizmetleri) her zaman { $phone } numarasından arayabilirsiniz.
help-distance = { $distance } uzaklıkta
help-phone = Telefon
help-languages = Diller: { $languages }
help-step-free = Merdivensiz giriş
help-not-step-free = Merdiven olabilir. Arayıp sorun.
help-pages = Diğer sayfalar
help-previous-page = Önceki sayfa
help-next-page = Sonraki sayfa
help-places-call-heading = Aramayı mı tercih edersiniz?
help-place-where = Yerin konumu
help-place-map = Haritada görün
help-place-hours = Açılış saatleri
help-place-day = Gün
help-place-open = Açık
help-place-drop-in = Randevusuz ziyaret (randevu almadan gelin)
help-place-closed = Kapalı
help-place-calendar = Randevusuz ziyaret saatlerini takviminize ekleyin
help-place-topics = Burada şu konularda yardım alabilirsiniz
help-place-audience = Bu yer kimler için
help-place-back = Başka yerler bulun
help-admin-title = Yardım alınabilecek yerler
help-admin-new = Yer oluştur
help-admin-edit = Yeri düzenle
help-admin-import = Bir dosyadan yer içe aktar
help-admin-export-csv = Tüm yerleri CSV olarak kaydet
help-admin-export-json = Tüm yerleri JSON olarak kaydet
help-admin-empty = Henüz hiç yer yok.
help-admin-count =
    { $count ->
        [one] 1 yer
       *[other] { $count } yer
    }
help-admin-updated = Son değişiklik
help-admin-save = Yeri kaydet
help-admin-remove = Yeri kaldır
help-admin-back = Tüm yerlere geri dönün
help-field-kind = Yer türü
help-field-kind-choose = Seçin
help-field-name = Ad
help-field-description = Burada ne yapılıyor?
help-field-description-hint = Vatandaş için birkaç kısa cümle.
help-field-audience = Bu yer kimler için?
help-field-audience-hint = Örneğin herkes, yaşlılar, gençler, evsizler.
help-field-street = Sokak ve bina numarası
help-field-street-hint = Telefonda yardım için alanı boş bırakın.
help-field-postcode = Posta kodu
help-field-city = Şehir
help-field-city-hint = Boş: posta kodunun şehri.
help-field-position = Haritadaki konum
help-field-position-hint = Boş: posta kodu bölgesinin ortası.
help-field-latitude = Enlem
help-field-longitude = Boylam
help-field-phone = Telefon
help-field-phone-hint = 8 rakam.
help-field-languages = Diller
help-field-languages-hint = Aralarında virgül olan kodlar, örneğin da, en, ar.
help-field-step-free = Merdivensiz giriş var
help-field-topics = Yerin yardım ettiği konular
help-field-hours = Açılış saatleri ve randevusuz ziyaret
help-field-hours-hint = Her satıra bir saat aralığı, Danca kısaltmalarla, örneğin "man-fre 10:00-15:00" veya "tor 16:00-18:00 drop-in". "åben på helligdage" (resmî tatillerde açık) yazmadığınız sürece yer resmî tatillerde, Noel Arifesi'nde, Yılbaşı Arifesi'nde ve Anayasa Günü'nde kapalıdır. Diğer kapalı günler: "lukket 27.12" veya "lukket 6.7.2026-26.7.2026".
help-import-lead = Bir CSV veya JSON dosyasından tek seferde çok sayıda yer içe aktarın. Bir satırda hata varsa hiçbir şey kaydedilmez ve hangi satırlar olduğu size bildirilir.
help-import-columns = Dosyada şu sütunlar olmalıdır. id içeren bir satır, o id'ye sahip yeri düzeltir.
help-import-file = Dosya
help-import-file-hint = Virgül veya noktalı virgül ile ayrılmış CSV ya da JSON. En fazla 20.000 yer.
help-import-submit = Yerleri içe aktar
help-import-no-file = Bir dosya seçin.
help-import-not-utf8 = Dosya UTF-8 olarak kaydedilmiş olmalıdır. Dosyayı "CSV UTF-8" olarak yeniden kaydedin.
help-import-bad-json = Dosya JSON olarak okunamıyor. Dosya bir yer listesi olmalıdır.
help-import-bad-csv = Dosya CSV olarak okunamıyor. İlk satırın sütun adları olduğunu kontrol edin.
help-import-too-many = Dosyada 20.000'den fazla yer var. Dosyayı birkaç dosyaya bölün.
help-import-rows = Bazı satırlarda hata var. Hiçbir şey kaydedilmedi. Aşağıdaki satırları düzeltin ve yeniden deneyin.
help-import-bad-id = Bir id yalnızca harf, rakam ve kısa çizgi içerebilir.
help-import-problems =
    { $count ->
        [one] 1 hata
       *[other] { $count } hata
    }
help-import-row = Satır
help-import-field = Alan
help-import-problem = Düzeltilmesi gereken
help-import-done =
    { $count ->
        [one] 1 yer içe aktarıldı.
       *[other] { $count } yer içe aktarıldı.
    }

# Guides
guides-title = Zor zamanlar için rehberler
guides-lead = Yapmanız gerekenleri adım adım anlatır. Her adım kısadır. Her zaman bir insandan yardım alabilirsiniz.
guides-kicker = Rehber
guide-ready = Hazır bulundurmanız gerekenler
guide-steps =
    { $count ->
        [one] 1 adım
       *[other] { $count } adım
    }
guide-start = 1. adımdan başlayın
guide-all = Tüm rehberleri görün
guide-who-can-help = Kim yardım edebilir?
guide-find-places = Yakınınızda yardım alabileceğiniz bir yer bulun
guide-without-computer = Bilgisayar olmadan
guide-step-of = Adım { $number } / { $count }
guide-step-nav = Adımlar
guide-next = Sonraki adım: { $title }
guide-previous = Önceki adım
guide-done = Son adıma geldiniz.
help-guide-error-title = Rehberin başlığını yazın.
help-guide-error-summary = Rehberin neye yardım ettiğini kısaca yazın.
help-guide-error-who-can-help = Kimin yardım edebileceğini yazın, örneğin Borgerservice veya kütüphane.
help-guide-error-without-computer = Bilgisayar olmadan nasıl yapılacağını yazın.
help-guide-error-topics = Rehberin ilgili olduğu en az bir konu seçin.
help-guide-error-steps-start = Her adıma ## ve adımın adıyla başlayan bir satırla başlayın.
help-guide-error-step-empty = Her adımın bir adı ve bir metni olmalıdır.
help-guide-error-steps-none = En az bir adım yazın. Adıma ## ve adımın adıyla başlayın.
help-guide-error-steps-many = En fazla 12 adım yazın. Daha fazlası varsa rehberi ikiye bölün.
help-guide-error-slug = Adres için küçük harf, rakam ve kısa çizgiden oluşan kısa bir ad yazın, örneğin mistet-mitid.
help-guide-error-slug-taken = Bu dilde bu ada sahip bir rehber zaten var. Başka bir ad seçin veya o rehberi düzenleyin.
guides-admin-title = Rehberler
guides-admin-new = Yeni bir rehber yazın
guides-admin-edit = Rehberi düzenle
guides-admin-edited = Son değişiklik
guides-admin-shipped = Borgerbro ile geldiği hâliyle
guides-admin-save = Rehberi kaydet
guides-admin-check = Metni kontrol et
guides-admin-back = Tüm rehberlere geri dönün
guides-field-slug = Adresteki ad
guides-field-slug-hint = Küçük harf, rakam ve kısa çizgi, örneğin mistet-mitid.
guides-field-lang = Dil
guides-field-title = Başlık
guides-field-summary = Kısaca
guides-field-summary-hint = Bir veya iki kısa cümle: rehberin neye yardım ettiği.
guides-field-topics = Konular
guides-field-ready = Hazır bulundurmanız gerekenler
guides-field-ready-hint = Her satıra bir şey.
guides-field-steps = Adımlar
guides-field-steps-hint = Her adıma kendi satırında ## ve adımın adıyla başlayın. Metni altına yazın. En fazla 12 adım.
help-topic-heading = Yardım konusu: { $topic }
help-topic-places = Burada bir insandan yardım alabilirsiniz
help-topic-more-places = Daha fazla yer görün
help-find-places = Yakınınızda yardım alabileceğiniz bir yer bulun

# Kolay mıydı? (Var det let?)
feedback-question = Kolay mıydı?
feedback-score-1 = Çok zor
feedback-score-2 = Zor
feedback-score-3 = Ne kolay ne zor
feedback-score-4 = Kolay
feedback-score-5 = Çok kolay
feedback-words = Bize daha fazlasını anlatmak ister misiniz? (Zorunlu değil)
feedback-submit = Değerlendirmeyi gönder
feedback-thanks = Yanıtınız için teşekkürler
feedback-thanks-text = Yanıtları sayfaları daha kolay hâle getirmek için kullanıyoruz. Kim olduğunuzu göremeyiz.
feedback-back = Sayfaya geri dönün
feedback-error-score = Ne kadar kolay olduğunu seçin.
feedback-error-words = En fazla 2.000 karakter yazın.
feedback-task-answer-letter = Bir mektubu yanıtlamak
feedback-task-choose-paper = Mektupları kâğıt üzerinde veya dijital olarak almayı seçmek
feedback-task-give-permission = Size yardım etmesi için başka birine izin vermek
feedback-task-guide = Bir rehberi takip etmek
feedback-task-booking = Randevu almak
stuck-title = Vatandaş nerede takıldı?
stuck-lead = Bir vatandaşın nerede ilerleyemediğini not edin. Vatandaşın adını yazmayın. Konu sayfadır, vatandaş değil.
stuck-topic = Konu
stuck-page = Sayfa veya yer
stuck-page-hint = Örneğin sayfanın adresi veya "MitID uygulaması".
stuck-what = Ne oldu?
stuck-what-hint = Kısaca: vatandaş ne yapmaya çalıştı ve ne ters gitti?
stuck-submit = Kaydet
stuck-saved = Teşekkürler. Kaydedildi.
feedback-error-topic = Bir konu seçin.
feedback-error-page = Sayfayı veya yeri yazın (en fazla 200 karakter).
feedback-error-what = Ne olduğunu yazın (en fazla 2.000 karakter).
feedback-summary-title = Kolay mıydı? Yanıtlar ve vatandaşların takıldığı yerler
feedback-summary-tasks = Görev ve sayfaya göre yanıtlar
feedback-summary-stuck = Vatandaşların takıldığı yerler
feedback-summary-words = Vatandaşların en yeni yorumları
feedback-none = Henüz yok.
feedback-export = Hepsini CSV olarak kaydet
feedback-col-task = Görev
feedback-col-page = Sayfa
feedback-col-answers = Yanıtlar
feedback-col-average = Ortalama (1-5)
feedback-col-times = Kez

## Book a person (bookings)
bookings-title = Randevularınız
bookings-title-for = { $name } için randevular
bookings-link-book = Randevu alın
bookings-link-book-for = { $name } için randevu alın
bookings-link-day = Bugünün randevuları
bookings-link-slots = Alınabilecek randevu saatleri
bookings-book-new = Yeni bir randevu alın
bookings-none = Yaklaşan randevunuz yok.
bookings-history-title = Geçmiş ve iptal edilen randevular
bookings-history-past = Randevunun zamanı geçti.
bookings-history-cancelled = İptal eden: { $who }, { $at }.
bookings-cancelled-by-you = siz
bookings-cancelled-by-front-desk = Borgerservice
bookings-cancelled-by-system = sizin için randevu alan bir sistem
bookings-cancelled-by-unknown = biz
bookings-back = Randevulara geri dönün
bookings-back-slots = Başka bir saat seçin
bookings-calendar = Randevuyu takviminize kaydedin (.ics)
bookings-move = Randevuyu değiştir
bookings-cancel = Randevuyu iptal et
bookings-notice-booked = Randevu alındı. Randevuyla ilgili bir mektup da alacaksınız.
bookings-notice-moved = Randevu değiştirildi. Bununla ilgili bir mektup da alacaksınız.
bookings-notice-cancelled = Randevu iptal edildi. Bununla ilgili bir mektup da alacaksınız.
bookings-kind-front-desk = Borgerservice'te görüşme
bookings-kind-callback = Sizi biz ararız
bookings-kind-video = Görüntülü görüşme
bookings-kind-home-visit = Evinizde ziyaret
bookings-new-title = Randevu alın
bookings-new-lead = Bizimle nasıl konuşmak istediğinizi seçin. Ardından boş saatleri gösteririz.
bookings-choose-kind = Bizimle nasıl konuşmak istersiniz?
bookings-free-heading = Boş saatler: { $kind }
bookings-free-none = Şu anda boş saat yok. Bizi arayın, birlikte bir saat bulalım.
bookings-at = saat { $time }
bookings-when = { $day }, saat { $from }-{ $to }
bookings-where-callback = Sizi { $phone } numarasından ararız.
bookings-where-video = Görüntülü görüşmenin bağlantısını { $phone } numarasına göndeririz.
bookings-where-home = Evinize geliriz.
bookings-confirm-title = Saati onaylayın
bookings-confirm-button = Randevuyu al
bookings-choose-another = Başka bir saat seçin
bookings-show-title = Randevunuz
bookings-ring-heading = Arayıp randevuyu bildirin: mektup zamanında ulaşmıyor
bookings-ring-intro = Bu vatandaşlar postalarını kâğıt üzerinde alıyor ve randevularıyla ilgili mektup ancak görüşme günü veya daha sonra ulaşacak.
bookings-ring-say-booked = randevuyu bildirin
bookings-ring-say-cancelled = randevunun iptal edildiğini bildirin
bookings-ring-mark = { $name } kişisini aradım
bookings-rung-heading = Arananlar
bookings-rung-by = { $name } aradı: { $at }.
bookings-ring-arrives = Mektup yaklaşık olarak şu tarihte ulaşır: { $arrives }.
bookings-ring-call = { $phone } numarasını arayın
bookings-ring-no-phone = Telefon numarası yok: vatandaşa başka bir yolla ulaşın (ziyaret veya bir yardımcı aracılığıyla).
bookings-late-heading = Randevu mektubu geç ulaşacak
bookings-late-citizen = Postanızı kâğıt üzerinde alıyorsunuz ve randevu mektubu ancak görüşmeden sonra, yaklaşık { $arrives } tarihinde ulaşacak. Randevunuzu şimdi not edin veya takviminize ekleyin. { $has_phone ->
    [true] Borgerservice (vatandaş hizmetleri) sizi { $phone } numarasından arayıp randevu saatini söyleyecek.
   *[false] Telefon numaranız bizde yok, bu yüzden sizi arayıp randevu saatini söyleyemeyiz.
}
bookings-late-helper = { $name } postasını kâğıt üzerinde alıyor ve randevu mektubu ancak görüşmeden sonra, yaklaşık { $arrives } tarihinde ulaşacak. Randevu saatini şimdi { $name } kişisine söyleyin. { $has_phone ->
    [true] Borgerservice de { $phone } numarasını arayıp randevu saatini söyleyecek.
   *[false] Telefon numarası bizde yok, bu yüzden arayıp randevu saatini söyleyemeyiz.
}
bookings-late-desk = Vatandaş postasını kâğıt üzerinde alıyor ve randevu mektubu ancak görüşmeden sonra, yaklaşık { $arrives } tarihinde ulaşacak. Randevu saatini şimdi vatandaşa söyleyin veya ona saatin yazılı olduğu bir not verin. { $has_phone ->
    [true] Vatandaş yanınızda değilse { $phone } numarasını arayın.
   *[false] Vatandaşın telefon numarası bizde yok.
}
bookings-move-title = Randevuyu değiştirin
bookings-move-button = Seçilen saate taşı
bookings-field-kind = Görüşme türü
bookings-field-when = Zaman
bookings-field-time = Saat
bookings-field-place = Yer
bookings-field-place-hint = Yalnızca Borgerservice'teki görüşmeler için.
bookings-field-place-none = Yer yok
bookings-field-topic = Ne hakkında konuşmak istiyorsunuz?
bookings-field-topic-hint = Örneğin MitID, bir mektup veya kira yardımı (boligstøtte).
bookings-list-topic = Konu
bookings-field-note = Bize mesaj
bookings-field-note-hint = Görüşmeden önce bilmemiz gereken bir şey varsa yazabilirsiniz. Alanı boş da bırakabilirsiniz.
bookings-field-note-hint-call = Sizi aramadan önce bilmemiz gerekenleri yazabilirsiniz. Alanı boş da bırakabilirsiniz.
bookings-field-phone = Telefon numarası
bookings-field-phone-hint = 8 rakam veya ülke koduyla birlikte yabancı bir numara, örneğin +380 44 123 4567. Sizi aradığımızda veya görüntülü görüşme yaptığımızda bu numaraya ihtiyacımız var.
bookings-field-name = Ad
bookings-field-slot = Bir saat seçin
bookings-field-date = Tarih
bookings-field-date-hint = Tarihi yıl-ay-gün şeklinde yazın, örneğin 2026-11-23.
bookings-field-first = İlk gün
bookings-field-last = Son gün
bookings-field-weekdays = Haftanın günleri
bookings-field-from = Başlangıç saati
bookings-field-to = Bitiş saati
bookings-field-time-hint = Örneğin 10:00.
bookings-field-minutes = Randevu başına dakika
bookings-field-status = Durum
bookings-status-booked = Alındı
bookings-status-free = Boş
bookings-callback-title = Beni arayın
bookings-callback-lead = Adınızı ve telefon numaranızı yazın ve bir saat seçin. Sonra sizi ararız. Giriş yapmanız gerekmez.
bookings-callback-button = Beni arayın
bookings-callback-done = Teşekkürler. Sizi seçtiğiniz saatte arayacağız.
bookings-callback-link = Sizi bizim aramamızı mı tercih edersiniz?
bookings-slots-title = Alınabilecek randevu saatleri
bookings-slots-button = Saatleri oluştur
bookings-slots-upcoming = Önümüzdeki iki haftanın saatleri
bookings-slots-made = { $count ->
    [one] Bir randevu saati oluşturuldu.
   *[other] { $count } randevu saati oluşturuldu.
}
bookings-day-title = Bugünün randevuları
bookings-day-heading = Randevular: { $day }
bookings-day-show = Günü göster
bookings-day-none = O gün hiç randevu yok.
bookings-error-kind = Görüşmenin türünü seçin.
bookings-error-place = Borgerservice'teki görüşmenin yerini seçin.
bookings-error-date = Tarihi yıl-ay-gün şeklinde yazın, örneğin 2026-11-23.
bookings-error-first-date = İlk günü yıl-ay-gün şeklinde yazın, örneğin 2026-11-23.
bookings-error-last-date = Son günü yıl-ay-gün şeklinde yazın, örneğin 2026-11-30.
bookings-error-date-order = Son gün, ilk günle aynı gün veya daha sonra olmalıdır.
bookings-error-date-span = Bir seferde en fazla 92 gün için saat oluşturun.
bookings-error-weekdays = Haftanın en az bir gününü seçin.
bookings-error-from-time = Saatlerin ne zaman başladığını saat ve dakika olarak yazın, örneğin 10:00.
bookings-error-to-time = Saatlerin ne zaman bittiğini saat ve dakika olarak yazın, örneğin 14:00.
bookings-error-time-order = Bitiş saati, başlangıç saatinden sonra olmalıdır.
bookings-error-minutes = 5 ile 240 arasında bir dakika sayısı yazın.
bookings-error-no-slots = Bundan hiç randevu saati çıkmadı. Günleri, haftanın günlerini ve saatleri kontrol edin.
bookings-error-past-series = Saatlerin bazıları zaten geçti. Henüz geçmemiş bir ilk gün ve saat seçin.
bookings-error-overlap = Saatlerin bazıları, aynı türde ve aynı yerde zaten var olan saatlerle çakışıyor. Hiçbir şey kaydedilmedi. Başka günler veya saatler seçin.
bookings-error-past = Bu saat geçti. Başka bir saat seçin.
bookings-error-taken = Bu saat az önce alındı. Başka bir saat seçin.
bookings-error-slot = Boş saatlerden birini seçin.
bookings-error-name = Adınızı yazın.
bookings-error-phone = 8 rakamlı bir telefon numarası yazın, örneğin 12 34 56 78, veya ülke koduyla birlikte yabancı bir numara yazın, örneğin +380 44 123 4567.
bookings-error-phone-needed = Sizi arayabilmemiz için telefon numaranızı yazın.
bookings-error-topic = Ne hakkında konuşmak istediğinizi kısaca yazın (en fazla 200 karakter).
bookings-error-note = Mesaj çok uzun. En fazla 2000 karakter yazın.
bookings-error-citizen = Bu vatandaşı tanımıyoruz. Kişi kimliğini (person-id) kontrol edin.
bookings-error-api-time = Zamanı RFC 3339 biçiminde yazın, örneğin 2026-11-23T10:00:00Z.
bookings-letter-booked-subject = Randevunuz: { $kind }, { $when }
bookings-letter-booked-body = Bir randevunuz var.

    - **Ne:** { $kind }
    - **Ne zaman:** { $when }
    - **Nerede:** { $where }
    - **Konu:** { $topic }

    Gelemiyorsanız, randevuyu "Randevularınız" bölümünden değiştirin veya iptal edin ya da bizi arayın.
bookings-letter-moved-subject = Randevunuz değiştirildi: { $kind }, { $when }
bookings-letter-moved-body = Randevunuz değiştirildi. Yeni randevunuz:

    - **Ne:** { $kind }
    - **Ne zaman:** { $when }
    - **Nerede:** { $where }
    - **Konu:** { $topic }
bookings-letter-cancelled-subject = Randevunuz iptal edildi: { $kind }, { $when }
bookings-letter-cancelled-body = { $when } tarihli randevunuz iptal edildi. Yeni bir randevu istiyorsanız, "Randevularınız" bölümünden alın veya bizi arayın.
help-guide-error-lang = da veya en dilini seçin.

api-bad-json = /api/v1/openapi.json içinde açıklandığı gibi bir JSON gövdesi gönderin.
api-idempotency-key-invalid = Idempotency-Key 1 ila 255 görünür karakterden (ASCII) oluşmalıdır, örneğin bir UUID.
api-idempotency-reused = Bu Idempotency-Key başka bir istek için kullanıldı. Yeni bir istek için yeni bir anahtar kullanın.
api-idempotency-in-progress = Aynı Idempotency-Key ile bir istek şu anda işleniyor. Birazdan yeniden deneyin.

form-text-invalid = Alan, kaydedemediğimiz karakterler içeriyor. Normal harflerle yeniden yazın.
people-address-too-long = Adres en fazla 300 karakter olabilir.
bookings-error-name-too-long = Ad en fazla 200 karakter olabilir.
mandate-areas-too-many = Var olandan daha fazla alan gönderildi. Her alanı bir kez gönderin.

# Resuming permissions paused by protection, and giving one while protected
resume-title = { $name } için izinleri yeniden başlatın
resume-lead = Aşağıdaki izinler, { $name } korunduğu için duraklatıldı. { $name } kişisine hangilerinin yeniden geçerli olması gerektiğini sorun. Yalnızca { $name } kişisinin kendisinin evet dediklerini seçin.
resume-none-paused = { $name } kişisinin duraklatılmış izni yok.
resume-letters = Hem vatandaş hem de her yardımcı bununla ilgili bir mektup alır. Vatandaşın mektubu kâğıt üzerinde de gönderilir.
resume-legend = Hangi izinler yeniden geçerli olsun?
resume-submit = Seçilen izinleri yeniden başlat
resume-back = Duraklatılmış kalsınlar
resume-none-chosen = Yeniden geçerli olması gereken en az bir izin seçin veya izinleri duraklatılmış bırakın.
resume-not-paused = İzinlerden biri artık duraklatılmış değil. Listeye yeniden bakın ve yeniden seçin.
resume-link = { $name } için duraklatılmış izinleri yeniden başlatın
resume-done = { $count ->
    [one] Bir izin yeniden geçerli. Vatandaş ve yardımcı bununla ilgili bir mektup alır.
   *[other] { $count } izin yeniden geçerli. Vatandaş ve yardımcılar bununla ilgili bir mektup alır.
}
helpers-paused-how = İzin duraklatıldı, bu yüzden { $name } sizin için hiçbir şey göremez veya yapamaz. Yeniden geçerli olmasını istiyorsanız Borgerservice'e (vatandaş hizmetleri) gelin.
in-person-lead = Dijital kontrole karşı korunuyorsunuz. Bu yüzden, size yardım etmesi için başka birine yalnızca Borgerservice'e (vatandaş hizmetleri) bizzat gelerek izin verebilirsiniz. Bu, bu sayfada yapılamaz.
in-person-where = Nerede ve ne zaman
in-person-hours = Açık
in-person-phone = Telefon
in-person-bring = Yanınıza alın
in-person-bring-id = Siz olduğunuzu görebilmemiz için pasaport, ehliyet veya oturma kartı.
in-person-bring-helper = Mümkünse size yardım edecek kişiyi de getirin. O zaman izin hemen geçerli olur.
in-person-why = Bunu böyle yapıyoruz, böylece biri sizi internette izliyorsa bile kimse kendisine postanızı görme izni veremez.
mandate-notice-resumed-subject = { $helper } size yeniden yardım edebilir
mandate-notice-resumed-body =
    Borgerservice'te (vatandaş hizmetleri) { $helper } kişisine verilen iznin yeniden geçerli olmasını seçtiniz. İzin, korunduğunuz için duraklatılmıştı. { $helper } artık size yeniden şu konularda yardım edebilir: { $scopes }. { $can } İzin { $until } tarihi dahil geçerlidir.

    { $helper } kişisinin neler yaptığını her zaman görebilirsiniz ve izni Sayfam'da veya Borgerservice'te hemen durdurabilirsiniz.

    Bunu siz seçmediniz mi? Hemen bizi arayın.
mandate-notice-helper-resumed-subject = { $citizen } kişisine yeniden yardım edebilirsiniz
mandate-notice-helper-resumed-body =
    { $citizen }, izninizin yeniden geçerli olmasını seçti. İzin duraklatılmıştı. Yeniden şu konularda yardım edebilirsiniz: { $helper-scopes }. { $you-can } İzin { $until } tarihi dahil geçerlidir.

    { $start }
mandate-notice-helper-start-resumed = İzni "Yardım ettiğiniz kişiler" (/jeg-hjaelper) bölümünde bulabilirsiniz.

# Stopping a permission: "Emin misiniz?"
stop-title = { $name } kişisinin artık size yardım etmemesini istediğinizden emin misiniz?
stop-lead = İzni durdurursanız, bu hemen geçerli olur. { $name } artık sizin için hiçbir şey göremez veya yapamaz.
stop-loses = { $name } şu izinleri kaybeder:
stop-again = İleride { $name } kişisinden yeniden yardım almak isterseniz, yeni bir izin vermeniz ve { $name } kişisinin bu izne yeniden evet demesi gerekir. İznin durdurulduğuna dair bir mektup alırsınız.
stop-submit = Evet, izni durdur
stop-keep = Hayır, { $name } bana yardım etmeye devam edebilir

# Helper codes: naming a helper without a CPR number
give-helper-named-label = Yardımcının kodu veya CPR numarası
give-helper-named-hint = Yardımcınızdan kodu isteyin. Yardımcı kodu "Yardım ettiğiniz kişiler" bölümünde bulur. Kod 8 karakterlidir, örneğin 7F3K-2QXM. Yardımcının CPR numarasını da yazabilirsiniz.
helpers-helper-missing = Yardımcının kodunu veya CPR numarasını yazın.
helpers-helper-typed-invalid = Kodu yardımcının gördüğü şekilde yazın: 8 karakter, örneğin 7F3K-2QXM. Veya yardımcının 10 rakamlı CPR numarasını yazın.
helpers-code-unknown = Kod çalışmıyor. Yanlış yazılmış, kullanılmış veya çok eski olabilir. Yardımcıdan kodu "Yardım ettiğiniz kişiler" bölümünde kontrol etmesini veya yeni bir kod oluşturmasını isteyin.
helpers-code-too-many = Bugün çok fazla kez yanlış kod yazdınız. Yarın yeniden deneyin veya yardımcınızla birlikte Borgerservice'e (vatandaş hizmetleri) gelin.
helping-code-heading = Kodunuz
helping-code-lead = Bir vatandaşın size yardım etme izni vermesi gerekiyorsa, vatandaş CPR numaranız yerine kodunuzu yazabilir. Bir kod oluşturun ve vatandaşa söyleyin. Kodu yalnızca yardım edeceğiniz kişiye söyleyin.
helping-code-make = Kod oluştur
helping-code-made = Yeni kodunuz hazır. Eski kod artık çalışmaz.
helping-code-yours = Bu kodu vatandaşa söyleyin:
helping-code-until = Kod şu zamana kadar geçerlidir: { $date }, saat { $time }. Yalnızca bir kez kullanılabilir.
helping-code-renew = Yeni bir kod oluştur (bu kod artık çalışmaz)
