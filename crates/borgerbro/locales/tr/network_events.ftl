# Reviewed by a native speaker: no. Translated by the team from the Danish source, 2026-12-06.

## Courses and events in the network for digital inclusion (network/events).

events-title = Kurslar ve etkinlikler
events-lead = Dijital işleri başkalarıyla birlikte öğrenin: BT kafeler, yeni başlayanlar için kurslar, bir şeyin dolandırıcılık olup olmadığını anlamak için yardım ve birbirine öğreten vatandaşlar. Ücretsizdir. Buradan kaydolun ya da bizi arayın.
events-back = Geri
events-mine = Kayıtlı olduğunuz etkinlikler
events-you-have-seat = Yeriniz var.
events-you-have-seat-text = Başlamadan önce size bir hatırlatma göndereceğiz. Gelemeyecek misiniz? O zaman kaydınızı iptal edin, yeriniz başka birine verilsin.
events-you-wait = Bekleme listesinde { $position }. sıradasınız.
events-you-wait-text = Başka biri kaydını iptal ederse kendiliğinden yer alırsınız. O zaman size de bir hatırlatma gelir.
events-organising = Etkinlikleriniz
events-new-link = Etkinlik oluştur
events-organising-none = Henüz hiç etkinlik oluşturmadınız.
events-cancelled-short = iptal edildi
events-attendees-link = Kimlerin geleceğini görün
events-find = Etkinlik bulun
events-filter-from = Başlangıç günü
events-filter-to = Bitiş günü
events-filter-day-hint = Örneğin 14.12.2026. Tüm günler için alanı boş bırakın.
events-filter-place = Yer
events-filter-any-place = Tüm yerler
events-filter-language = Dil
events-filter-any-language = Tüm diller
events-filter-kind = Tür
events-filter-any-kind = Tüm türler
events-filter-submit = Etkinlikleri göster
events-found =
    { $count ->
        [0] Etkinlik yok
       *[other] { $count } etkinlik
    }
events-none = Seçtiklerinize uyan etkinlik yok. Daha az şey seçmeyi deneyin.
events-feed-link = Etkinlikleri akış okuyucunuzda takip edin (Atom)
events-feed-title = { $authority }: kurslar ve etkinlikler
events-feed-seats = Boş yer: { $free }
events-held-in = Dil: { $language }
events-by = Düzenleyen: { $organiser }
events-free-seats =
    { $count ->
        [0] Boş yer yok
       *[other] { $count } boş yer
    }
events-full = Boş yer yok.
events-full-waiting = Dolu, ama bekleme listesine yazılabilirsiniz
events-waiting-count =
    { $count ->
        [0] bekleme listesinde kimse yok
       *[other] bekleme listesinde { $count } kişi
    }
events-when = { $day }, saat { $from }-{ $to }

events-kind-drop-in = İstediğiniz zaman gelin
events-kind-course = Kurs
events-kind-peer-teaching = Vatandaştan vatandaşa
events-kind-it-cafe = BT kafe
events-kind-fraud-session = Bu dolandırıcılık mı?
events-kind-other = Diğer

events-channel-online = Kendisi, internetten
events-channel-desk = Danışmada veya telefonla
events-channel-helper = Bir yardımcı aracılığıyla
events-channel-api = Başka bir sistem aracılığıyla

events-is-cancelled = Etkinlik iptal edildi.
events-when-label = Ne zaman
events-where-label = Nerede
events-language-label = Dil
events-organiser-label = Düzenleyen
events-seats-label = Yerler
events-about = Etkinlik hakkında
events-accessibility = Erişim ve yerinde yardım
events-sign-up-heading = Kayıt
events-no-sign-up-cancelled = Etkinlik iptal edildi. Kaydolamazsınız.
events-no-sign-up-begun = Etkinlik başladı. Artık kaydolamaz veya kaydınızı iptal edemezsiniz.
events-cancel-button = Kaydımı iptal et
events-full-text = Boş yer yok. Bekleme listesine yazılın. Başka biri kaydını iptal ederse kendiliğinden yer alırsınız.
events-wait-button = Beni bekleme listesine yaz
events-sign-up-button = Beni kaydet
events-log-in = Kaydolmak için giriş yapın
events-call = Bizi { $phone } numarasından da arayabilirsiniz. O zaman sizi biz kaydederiz.
events-helper-heading = Yardım ettiğiniz birini kaydedin
events-helper-link = { $name } adlı kişiyi kaydet
events-desk-link = Arayan veya gelen bir vatandaşı kaydedin
events-organiser-heading = Düzenleyen için
events-edit-link = Etkinliği değiştir
events-cancel-event-text = Etkinlik iptal mi edilmeli? Kayıtlı olan ve bizde kaydı bulunan herkese bununla ilgili bir mektup gider.
events-cancel-event-button = Etkinliği iptal et

events-saved-seat = Kaydoldunuz ve yeriniz var.
events-saved-waiting = Bekleme listesine { $position }. sırada yazıldınız.
events-saved-cancelled = Kaydınız iptal edildi.
events-saved-created = Etkinlik oluşturuldu. Artık vatandaşlar kaydolabilir.
events-saved-changed = Değişiklikler kaydedildi.
events-saved-event-cancelled = Etkinlik iptal edildi. Kayıtlı olanlara mektup gider.
events-saved-attendance = Katılım kaydedildi.
events-saved-signup-cancelled = Kayıt iptal edildi. Bekleme listesinde biri varsa yeri o aldı.

events-new-title = Etkinlik oluştur
events-edit-title = Etkinliği değiştir
events-form-lead = Etkinliği { $organiser } düzenliyor. Herkesin anlayacağı şekilde yazın.
events-field-title = Başlık
events-field-title-hint = Kısa ve açık, örneğin "MitID'ye başlarken".
events-field-kind = Tür
events-field-choose = Seçin
events-field-place = Yer
events-field-place-hint = Yer, yardım alınabilecek yerler listesinde olmalıdır.
events-field-day = Gün
events-field-day-hint = Örneğin 14.12.2026.
events-field-starts = Başlama saati
events-field-ends = Bitiş saati
events-field-time-hint = Örneğin 10.00.
events-field-language = Dil
events-field-language-hint = Konuşulacak dil. Başlığı ve açıklamayı bu dilde yazın.
events-field-seats = Yer sayısı
events-field-seats-hint = 1 ile 1000 arasında bir sayı.
events-field-description = Açıklama
events-field-description-hint = Katılanlar ne öğrenecek, yanlarında ne getirmeliler?
events-field-accessibility = Erişim ve yerinde yardım
events-field-accessibility-hint = Örneğin: asansör, engelli tuvaleti, işitme döngüsü, büyük ekran.
events-new-button = Etkinliği oluştur
events-edit-button = Değişiklikleri kaydet

events-error-too-long = Metin çok uzun. Kısaltın.
events-error-title = Bir başlık yazın.
events-error-kind = Etkinliğin türünü seçin.
events-error-place = Listeden bir yer seçin.
events-error-day = Günü şöyle yazın: 14.12.2026.
events-error-time = Saati şöyle yazın: 10.00.
events-error-ends-before = Bitiş saati başlama saatinden sonra olmalıdır.
events-error-past = Etkinlik gelecekte olmalıdır. Geçmemiş bir gün ve saat seçin.
events-error-language = Listeden bir dil seçin.
events-error-seats = 1 ile 1000 arasında bir yer sayısı yazın.
events-error-seats-below-taken = Bu sayıdan daha fazla kişinin yeri var. En az dolu yer sayısı kadar yer yazın.
events-error-description = Bir açıklama yazın.
events-error-name = Adı yazın.
events-error-phone-missing = Düzenleyenin arayabilmesi için bir telefon numarası yazın.
events-error-phone = 8 haneli ya da + ve ülke koduyla bir telefon numarası yazın.
events-error-cpr = CPR numarasını 10 haneli yazın, örneğin 010203-1234.
events-error-cpr-unknown = Bu CPR numarasını tanımıyoruz. Numarayı kontrol edin ya da ad ve telefon numarasıyla kaydedin.
events-error-citizen = Bu vatandaşı tanımıyoruz.
events-error-filter-day = Günü şöyle yazın: 14.12.2026.
events-error-api-time = Zamanı RFC 3339 olarak ya da bir gün olarak (2026-12-14) yazın.
events-error-api-language = Dili API açıklamasındaki kodlardan biriyle yazın, örneğin da.
events-error-api-place = Yer, GET /api/v1/help/places'in verdiği şekilde bir yardım yerinin kimliği olmalıdır.
events-name-removed = (ad, saklama süresinden sonra silindi)
events-error-cancelled = Etkinlik iptal edildi.
events-error-begun = Etkinlik başladı, bu yüzden değiştirilemez.
events-error-not-open = Etkinlik iptal edildi veya başladı. Artık kayıt yapılamaz ve bir şey değiştirilemez.
events-error-already = Vatandaş bu etkinliğe zaten kayıtlı.
events-error-not-signed-up = İptal edilecek bir kayıt yok.
events-error-not-begun = Kimlerin geldiğini ancak etkinlik başladıktan sonra yazabilirsiniz.
events-error-full-waiting = Etkinlik dolu. Kayıt bekleme listesine yazıldı. "position" alanına bakın.

events-attendees-title = Kimler gelecek
events-attendees-private = Bu liste yalnızca düzenleyen olarak sizin içindir. Yalnızca etkinlik için kullanın. Vatandaşlar listeye baktığınızı görebilir.
events-seats-taken =
    { $count ->
        [0] Kimsenin yeri yok
       *[other] { $count } kişinin yeri var
    }
events-to-call =
    { $count ->
        [one] Kayıtlı { $count } kişiye mektup gitmiyor. Arayıp etkinliği hatırlatın.
       *[other] Kayıtlı { $count } kişiye mektup gitmiyor. Arayıp etkinliği hatırlatın.
    }
events-attendees-seats = Yeri olanlar
events-attendees-none = Henüz kimse kaydolmadı.
events-col-name = Ad
events-col-phone = Telefon
events-col-channel = Kayıt şekli
events-col-letter = Hatırlatma
events-col-came = Geldi
events-col-actions = İptal
events-col-position = Sıra
events-gets-letter = Mektup alır
events-call-them = Arayın
events-came-label = { $name } geldi
events-cancel-for = { $name } kaydını iptal et
events-attendance-button = Katılımı kaydet
events-attendees-waiting = Bekleme listesi
events-attendees-no-waiting = Bekleme listesinde kimse yok.
events-attendees-waiting-text = Yeri olan biri kaydını iptal ederse listedeki ilk kişi kendiliğinden yeri alır.
events-attendees-cancelled = Kaydını iptal edenler

events-desk-title = Bir vatandaşı kaydedin
events-desk-made-seat = { $name } kaydedildi ve yeri var.
events-desk-made-waiting = { $name } bekleme listesine { $position }. sırada yazıldı.
events-desk-registered = CPR numarası olan vatandaş
events-field-cpr = CPR numarası
events-field-cpr-hint = Vatandaşın bilgilerini neden açtığınızı yazmanız istenecek. Vatandaşın postasına bir hatırlatma gider.
events-desk-unregistered = CPR numarası olmayan vatandaş
events-desk-unregistered-text = Adı ve telefon numarasını yazın. Vatandaşa mektup gitmez. Düzenleyen arar.
events-field-name = Ad
events-field-phone = Telefon numarası
events-field-phone-hint = 8 hane ya da + ve ülke kodu.
events-desk-button = Kaydet

events-for-title = { $name } adlı kişiyi kaydedin
events-for-saved-seat = { $name } kaydedildi ve yeri var.
events-for-saved-waiting = { $name } bekleme listesine { $position }. sırada yazıldı.
events-for-saved-cancelled = { $name } kaydı iptal edildi.
events-for-has-seat = { $name } kayıtlı ve yeri var.
events-for-waits = { $name } bekleme listesinde { $position }. sırada.
events-for-cancel-button = { $name } kaydını iptal et
events-for-letter = { $name } başlamadan önce postasına bir hatırlatma alır.
events-for-button = { $name } adlı kişiyi kaydet
events-for-look-only = İzniniz yalnızca bakmanıza izin veriyor. Kayıt yapamazsınız.

events-at-place = Burada kurslar ve etkinlikler
events-at-place-all = Buradaki tüm etkinlikleri görün

events-letter-reminder-subject = Unutmayın: { $title } { $day }
events-letter-reminder-body = { $title } etkinliğine kayıtlısınız.

    - **Ne zaman:** { $when }
    - **Nerede:** { $place }

    Gelemeyecek misiniz? O zaman "Kurslar ve etkinlikler" bölümünden kaydınızı iptal edin ya da bizi arayın. Böylece yeriniz başka birine verilebilir.
events-letter-moved-up-subject = Yer açıldı: { $title } { $day }
events-letter-moved-up-body = Bir yer boşaldı ve artık sizin. Artık { $title } için kayıtlısınız.

    - **Ne zaman:** { $when }
    - **Nerede:** { $place }

    Gelemeyecek misiniz? "Kurslar ve etkinlikler" bölümünden kaydınızı iptal edin veya bizi arayın, böylece yeri başkası alabilir.
events-letter-cancelled-subject = İptal edildi: { $title } { $day }
events-letter-cancelled-body = Maalesef { $title } etkinliğini iptal etmek zorundayız.

    - **Ne zaman:** { $when }
    - **Nerede:** { $place }

    Bir şey yapmanıza gerek yok. "Kurslar ve etkinlikler" bölümünde başka bir etkinlik bulabilirsiniz.

apiscope-events-signup = Vatandaşları kurslara ve etkinliklere kaydetmek

## "Who has looked": people from the network's organisations and what they did.

log-who-organisation = Ağdaki kuruluş
log-what-event-signup = sizi bir kursa veya etkinliğe kaydetti
log-what-event-cancel = bir kurs veya etkinlikteki kaydınızı iptal etti
log-what-event-read = bir kursa veya etkinliğe kayıtlı olup olmadığınıza baktı
log-what-event-list = kayıtlı olduğunuz bir etkinliğe kimlerin geleceği listesine baktı
log-what-event-attended = bir etkinliğe gelip gelmediğinizi yazdı
log-why-event = Etkinliğe gelebilmeniz için.
log-why-event-organiser = Etkinliği onlar düzenlediği için.
