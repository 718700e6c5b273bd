# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## Dijital katılım ağı (/netvaerk): üyeler, üyelik başvuruları

network-title = Dijital katılım ağı
network-lead = Belediye ve vatandaşlara dijital konularda yardım eden kuruluşlar yılda iki kez bir araya gelir. Deneyimlerimizi ve materyallerimizi paylaşır, birbirimizin materyallerini inceler ve birlikte plan yaparız.
network-link-meetings = Toplantılar ve tutanaklar
network-link-materials = Ağın materyalleri
network-link-plan = Eylem planı
network-link-events = Kurslar ve etkinlikler
network-you = Siz ve ağ
network-you-act-for = { $name } adına irtibat kişisi sizsiniz.
network-own-link = Sayfanızı düzenleyin veya ağdan ayrılın
network-you-requested = Kuruluşunuz üyelik için başvurdu. Koordinatör size yanıt verecek.
network-you-refused = Koordinatör { $name } başvurusunu reddetti
network-join-link = Üyelik için başvurun
network-join-login = Kuruluşunuz vatandaşlara dijital konularda yardım ediyor mu? Üyelik için başvurmak üzere giriş yapın.
network-requests-waiting =
    { $count ->
        [0] Bekleyen başvuru yok
        [one] 1 başvuru yanıtınızı bekliyor
       *[other] { $count } başvuru yanıtınızı bekliyor
    }
network-members = Üyeler
network-members-none = Ağın henüz üyesi yok.
network-helps-in = Yardım dilleri: { $languages }
network-former-member-since = Eski üye. { $date } tarihinde ağdan ayrıldı.
network-member-places = Yardım ettikleri yerler
network-contacts = İrtibat kişileri

network-join-title = Üyelik için başvurun
network-join-lead = Bize kuruluşunuzu anlatın. Koordinatör başvuruyu okur ve size yanıt verir. Kuruluşun irtibat kişisi siz olursunuz.
network-join-button = Başvuruyu gönder
network-edit-title = Ağdaki sayfanız
network-edit-lead = Bu bilgiler herkese açık sayfanızda görünür. Bir şey değiştiğinde bunları güncelleyin.
network-edit-button = Değişiklikleri kaydet

network-field-name = Kuruluşun adı
network-field-kind = Kuruluş türü
network-field-kind-choose = Seçin
network-field-who-they-help = Kimlere yardım ediyorsunuz?
network-field-who-they-help-hint = Örneğin MitID'yi öğrenmek isteyen yaşlılar veya Danimarka'ya yeni gelenler.
network-field-area = Nerede yardım ediyorsunuz?
network-field-area-hint = Bir şehir, bir semt veya belediyenin tamamı.
network-field-languages = Hangi dillerde yardım ediyorsunuz?
network-field-website = İnternet sitesi
network-field-website-hint = Adresin tamamı, örneğin https://www.example.org
network-field-phone = Telefon
network-field-places = Yardım yerleriniz
network-field-places-hint = Yardım yerleri listesinde size ait olan yerleri işaretleyin.
network-field-asked-on = Başvuru tarihi
network-field-reason = Neden hayır diyorsunuz?
network-field-reason-hint = Başvuran kişi bunu okuyabilir. Ne yapabileceğini yazın.

network-kind-library = Kütüphane
network-kind-seniors = Yaşlılara yönelik kuruluş
network-kind-disability = Engellilere yönelik kuruluş
network-kind-language-school = Dil okulu
network-kind-housing = Konut bölgelerinde sosyal çalışma
network-kind-volunteers = Gönüllüler
network-kind-authority = Kamu kurumu
network-kind-other = Diğer

network-leave-heading = Ağdan ayrılma
network-leave-text = Ağdan istediğiniz zaman ayrılabilirsiniz. Materyalleriniz yerinde kalır ve eski bir üyeden gelmiş olarak gösterilir. Ağın üyelere özel sayfalarına artık erişemezsiniz.
network-leave-button = Ağdan ayrıl

network-requests-title = Üyelik başvuruları
network-requests-none = Bekleyen başvuru yok.
network-approve-button = { $name } başvurusunu onayla
network-refuse-button = { $name } başvurusunu reddet

network-saved-requested = Teşekkür ederiz. Başvuru koordinatöre gönderildi.
network-saved-left = Kuruluşunuz ağdan ayrıldı.
network-saved-profile = Sayfanız kaydedildi.
network-saved-approved = Başvuru onaylandı. Kuruluş artık ağın üyesi.
network-saved-refused = Başvuruyu reddettiniz. Başvuran kişi nedenini görebilir.

network-error-too-long = Metin çok uzun. Metni kısaltın.
network-error-name = Kuruluşun adını yazın.
network-error-kind = Kuruluşunuzun türünü seçin.
network-error-who-they-help = Kimlere yardım ettiğinizi yazın.
network-error-area = Nerede yardım ettiğinizi yazın.
network-error-languages = Yardım ettiğiniz dillerden en az birini işaretleyin.
network-error-website = İnternet sitesinin adresini tam olarak yazın, örneğin https://www.example.org
network-error-phone = 8 haneli bir telefon numarası veya başında + olan yabancı bir numara yazın.
network-error-places = Yardım yerlerinden biri artık yok. Listeye tekrar bakın.
network-error-reason = Başvuran kişinin ne yapabileceğini bilmesi için neden hayır dediğinizi yazın.
network-error-already-member = Siz zaten ağdaki bir kuruluşun irtibat kişisisiniz.
network-error-already-requested = Zaten başvurdunuz. Koordinatörün yanıtını bekleyin.
network-error-asker-already-member = Başvuran kişi zaten başka bir kuruluşun irtibat kişisi. Başvuruyu reddedin ve nedenini açıklayın.
network-error-decided = Bu başvuru zaten yanıtlandı. Listeye geri dönün.
network-error-not-member = Kuruluş artık ağın üyesi değil.

## Toplantılar (/netvaerk/moeder)

network-meetings-title = Ağın toplantıları
network-meetings-lead = Ağ yılda iki kez tam gün toplanır. Ev sahibi her seferinde değişir. Üyeler gündem için madde önerir. Toplantı tutanakları herkese açıktır.
network-meetings-calendar = Toplantıları takviminize ekleyin
network-meetings-upcoming = Yaklaşan toplantılar
network-meetings-past = Geçmiş toplantılar
network-meetings-none = Toplantı yok.
network-meeting-hosted-by = Ev sahibi: { $name }
network-meeting-no-minutes = Tutanak henüz yazılmadı
network-meeting-has-minutes = Tutanağı var
network-meeting-new = Toplantı planlayın
network-meeting-new-lead = Tarih ve ev sahibi birer öneridir: son toplantıdan altı ay sonra, ev sahipliği için en uzun süredir bekleyen üyede.
network-meeting-create-button = Toplantıyı planla
network-field-meeting-title = Toplantının adı
network-field-meeting-title-hint = Örneğin Ağın bahar toplantısı
network-field-host = Ev sahibi
network-field-host-hint = Toplantının kendi yerinde yapılacağı üye.
network-field-place = Yer
network-field-place-hint = Herkesin yolu bulabilmesi için adres.
network-field-date = Tarih
network-field-date-hint = Tarihi yıl-ay-gün olarak yazın, örneğin 2027-05-04.
network-field-from = Başlangıç saati
network-field-to = Bitiş saati
network-field-time-hint = Örneğin 09:00
network-field-agenda-deadline = Gündem maddeleri için son tarih
network-field-agenda-deadline-hint = Üyelerin madde önerebileceği son gün. Toplantı gününden önce olmalı.
network-field-when = Ne zaman
network-agenda = Gündem
network-agenda-empty = Henüz madde yok.
network-agenda-proposed-by = öneren: { $name }
network-agenda-up = "{ $title }" maddesini yukarı taşı
network-agenda-down = "{ $title }" maddesini aşağı taşı
network-agenda-propose = Madde önerin
network-agenda-propose-until = { $date } gününün sonuna kadar madde önerebilirsiniz.
network-agenda-propose-button = Maddeyi öner
network-agenda-closed = Gündem maddeleri için son tarih geçti. Önemli bir şey varsa koordinatöre yazın.
network-field-item-title = Maddenin başlığı
network-field-item-description = Ne hakkında konuşmak istiyorsunuz?
network-meeting-signup = Toplantıya kaydolun
network-meeting-signed-up = Kaydınız yapıldı. İhtiyaçlarınızı değiştirebilir veya kaydınızı iptal edebilirsiniz.
network-meeting-signup-button = Beni kaydet
network-meeting-signup-change = Değişiklikleri kaydet
network-meeting-withdraw = Kaydımı iptal et
network-field-access-needs = Katılabilmek için bir şeye ihtiyacınız var mı?
network-field-access-needs-hint = Örneğin tercüman, işitme cihazı için indüksiyon döngüsü, basamaksız giriş veya mola.
network-field-access-needs-column = Katılım için ihtiyaçlar
network-field-dietary-needs = Yemek ve alerjiler
network-meeting-signups =
    { $count ->
        [0] Henüz kimse kaydolmadı
        [one] 1 kişi kayıtlı
       *[other] { $count } kişi kayıtlı
    }
network-meeting-signups-caption = Kayıtlı kişiler ve ihtiyaçları
network-field-person = Ad
network-field-organisation = Kuruluş
network-minutes = Tutanak
network-minutes-after = Tutanak toplantıdan sonra burada olacak.
network-minutes-not-yet = Tutanak henüz yazılmadı.
network-minutes-write = Tutanağı yazın
network-field-minutes = Tutanak
network-field-minutes-hint = Tutanak herkese açıktır. Vatandaşların adlarını veya başka kişisel bilgileri yazmayın.
network-minutes-button = Tutanağı kaydet
network-decisions = Kararlar
network-decision-add = Karar ekleyin
network-decision-button = Kararı ekle
network-decision-everyone = Ağın tamamı
network-field-decision = Karar
network-field-who = Kim yapacak?
network-field-by = Ne zamana kadar?
network-saved-meeting-created = Toplantı planlandı. Üyeler artık madde önerebilir.
network-saved-meeting-proposed = Teşekkür ederiz. Madde gündeme eklendi.
network-saved-meeting-ordered = Gündem değiştirildi.
network-saved-meeting-signed-up = Toplantıya kaydoldunuz.
network-saved-meeting-withdrawn = Toplantı kaydınız iptal edildi.
network-saved-meeting-minutes = Tutanak kaydedildi.
network-saved-meeting-decision = Karar eklendi.
network-error-date = Tarihi yıl-ay-gün olarak yazın, örneğin 2027-05-04.
network-error-time = Saati saat ve dakika olarak yazın, örneğin 09:00.
network-error-meeting-title = Toplantının adını yazın.
network-error-host = Ev sahibi olan üyeyi seçin.
network-error-place = Toplantının nerede olduğunu yazın.
network-error-meeting-past = Bu tarih geçti. Henüz gelmemiş bir gün seçin.
network-error-ends-before = Toplantı, başladıktan sonra bitmelidir.
network-error-deadline-after = Maddeler için son tarih, toplantı gününden önce olmalıdır.
network-error-agenda-closed = Gündem maddeleri için son tarih geçti. Önemli bir şey varsa koordinatöre yazın.
network-error-item-title = Madde için bir başlık yazın.
network-error-decision = Kararı yazın.
network-error-who = Listeden bir üye veya ağın tamamını seçin.
network-error-minutes = Tutanağı yazın.
network-error-minutes-early = Toplantı henüz yapılmadı. Tutanağı toplantıdan sonra yazın.
network-error-meeting-begun = Toplantı başladı. Artık buradan kaydolamaz veya kaydınızı iptal edemezsiniz.

## Eylem planı (/netvaerk/handlingsplan)

network-plan-title = { $year } eylem planı
network-plan-lead = Ağın ve belediyenin bu yıl yapacakları burada. Her madde kimin sorumlu olduğunu, ne kadar ilerlediğini ve buna neyin yol açtığını gösterir.
network-plan-years = Yıl seçin
network-plan-empty = Bu yılın planında henüz madde yok.
network-plan-field-owner = Sorumlu
network-plan-field-status = Ne kadar ilerledi
network-plan-field-input = Buna ne yol açtı
network-plan-field-year = Yıl
network-plan-field-title = Ne yapılacak?
network-plan-field-description = Madde hakkında daha fazla bilgi
network-plan-field-meeting = Toplantı
network-plan-field-hearing = Görüş toplama
network-plan-field-input-text = Toplantıda, yanıtlarda veya vatandaşlardan ne duyuldu?
network-plan-field-input-text-hint = Kısaca, kendi sözlerinizle. Vatandaşların adlarını yazmayın.
network-plan-owner-authority = Belediye
network-plan-none = Yok
network-plan-change-status = "{ $title }" maddesinin durumu
network-plan-status-button = Durumu kaydet
network-plan-add = Madde ekleyin
network-plan-add-button = Maddeyi ekle
network-plan-status-planned = Planlandı
network-plan-status-in-progress = Devam ediyor
network-plan-status-done = Yapıldı
network-plan-status-dropped = Vazgeçildi
network-plan-input-meeting = Ağın bir toplantısı
network-plan-input-feedback = "Var det let?" (Kolay mıydı?) sorusuna verilen yanıtlar
network-plan-input-stuck = Vatandaşların takıldığı yerler
network-plan-input-hearing = Bir görüş toplama
network-plan-input-other = Diğer
network-saved-plan = Eylem planı kaydedildi.
network-error-plan-year = Geçen yılı, bu yılı veya sonraki iki yıldan birini seçin.
network-error-plan-title = Ne yapılacağını yazın.
network-error-plan-owner = Sorumluyu listeden seçin.
network-error-plan-status = Maddenin ne kadar ilerlediğini seçin.
network-error-plan-input = Maddeye neyin yol açtığını seçin.
network-error-plan-meeting = Maddenin çıktığı toplantıyı seçin.
network-error-plan-hearing = Maddenin çıktığı görüş toplamayı seçin.
network-error-plan-input-text = Maddeye neyin yol açtığını kısaca yazın.

## Min side

my-network-materials = Materyalleriniz
my-network-reviews = İnceleyebileceğiniz materyaller
my-network-new-event = Kurs veya etkinlik oluşturun
network-api-bad-year = Yıl 2000 ile 2200 arasında bir sayı olmalıdır, örneğin 2027.

# Contact people and invitations
network-contacts-title = { $name } için irtibat kişileri
network-contacts-lead = İrtibat kişileri sayfanızı değiştirebilir, materyal paylaşabilir, etkinlik düzenleyebilir ve sizi toplantılara kaydedebilir. Bir iş arkadaşınızı davet edin, artık yer almaması gereken birini çıkarın.
network-contacts-you = siz
network-contacts-since = { $date } tarihinden beri irtibat kişisi
network-contacts-remove = { $name } kişisini irtibat kişilerinden çıkar
network-contacts-remove-me = Beni irtibat kişilerinden çıkar
network-contacts-last = Yalnızca bir irtibat kişiniz var. Kendinizi çıkarmadan önce bir iş arkadaşınızı davet edin. Ağdan ayrılmak istiyorsanız sayfanıza gidin ve "Ağdan ayrıl"ı seçin.
network-contacts-link = İrtibat kişisi ekle veya çıkar
network-invitations = Bekleyen davetler
network-invitations-none = Bekleyen davet yok.
network-invitation-expires = Bağlantı { $date } tarihine kadar geçerlidir.
network-invitation-withdraw = { $name } için daveti geri çek
network-invite-heading = Bir iş arkadaşınızı davet edin
network-invite-text = İş arkadaşınızın adını yazın. Ardından iş arkadaşınıza göndereceğiniz bir bağlantı alırsınız. Bağlantı bir kez ve { $days } gün boyunca çalışır. İş arkadaşınız giriş yapar ve kabul eder.
network-field-invite-name = İş arkadaşınızın adı
network-field-invite-name-hint = Davetin kime olduğunu görebilmeniz için.
network-invite-button = Bağlantı oluştur
network-invite-link-lead = Bu bağlantıyı iş arkadaşınıza gönderin. Onu yalnızca şimdi gösteriyoruz. Bir kez ve { $days } gün boyunca çalışır.
network-saved-contact-invited = Davet oluşturuldu.
network-saved-contact-withdrawn = Davet geri çekildi. Bağlantı artık çalışmıyor.
network-saved-contact-removed = Bu kişi artık irtibat kişisi değil.
network-saved-contact-welcome = Hoş geldiniz. Artık irtibat kişisisiniz.
network-saved-no-longer-contact = Artık kuruluşunuzun irtibat kişisi değilsiniz.
network-invitation-title = { $name } için irtibat kişisi olun
network-invitation-lead = { $inviter } sizi dijital kapsayıcılık ağında { $name } için irtibat kişisi olmaya davet etti.
network-invitation-means = İrtibat kişisi olarak kuruluşun sayfasını değiştirebilir, materyal paylaşıp inceleyebilir, etkinlik düzenleyebilir ve toplantılara kaydolabilirsiniz.
network-invitation-until = Davet { $date } tarihine kadar geçerlidir.
network-invitation-accept = Evet, beni { $name } için irtibat kişisi yap
network-invitation-not-now = Şimdi değil
network-error-invite-name = Davet etmek istediğiniz iş arkadaşınızın adını yazın.
network-error-invite-name-long = Daha kısa bir ad yazın, en fazla 100 karakter.
network-error-invitations-many = Bekleyen 10 davetiniz var. Yenisini oluşturmadan önce birini geri çekin veya birinin kullanılmasını bekleyin.
network-error-invitation-closed = Bağlantı artık çalışmıyor. Kullanılmış, geri çekilmiş veya süresi dolmuş. Kuruluşun irtibat kişisinden yeni bir bağlantı isteyin.
network-error-invitation-not-open = Davet artık beklemiyor. Kullanılmış, geri çekilmiş veya süresi dolmuş.
network-error-already-contact = Zaten ağdaki bir kuruluşun irtibat kişisisiniz ve yalnızca bir kuruluş için olabilirsiniz. Önce o kuruluştan sizi çıkarmasını isteyin.
network-error-last-contact = Yalnızca bir irtibat kişiniz var. Önce bir iş arkadaşınızı davet edin. Ağdan ayrılmak istiyorsanız sayfanızda "Ağdan ayrıl"ı seçin.
