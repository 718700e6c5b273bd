# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## Public hearings (/hoeringer) and the project owner's pages

hearings-title = Görüş toplama
hearings-lead = Bir işi dijital hâle getirmeden önce size soruyoruz. Burada herkes yanıt verebilir. Giriş yapmanız gerekmez.
hearings-none = Şu anda açık bir görüş toplama yok.
hearings-open-until = { $date } gününün sonuna kadar yanıt verebilirsiniz.
hearings-closed-on = Görüş toplama { $date } tarihinde sona erdi.
hearings-hearing-title = Görüş toplama
hearings-received = Teşekkür ederiz. Yanıtınızı aldık. Sayfada yayımlamadan önce okuyoruz.
hearings-what-title = Görüş toplamanın konusu
hearings-closed-text = Görüş toplama sona erdi. { $date } gününün sonuna kadar yanıt verebiliyordunuz. Artık yanıt gönderemezsiniz.
hearings-not-sent = Yanıtınız gönderilmedi. Saklayabilmeniz için yanıtınızı aşağıda gösteriyoruz:
hearings-form-title = Yanıtınızı gönderin
hearings-form-lead = Ne düşündüğünüzü yazın. Bize katılmayabilirsiniz, bu da olur. Ad, dernek ve e-posta isteğe bağlıdır.
hearings-field-text = Yanıtınız
hearings-field-text-hint = En fazla 20.000 karakter.
hearings-field-own-name = Yanıtın yanında adımı ({ $name }) göster
hearings-field-name = Ad
hearings-field-optional = İsteğe bağlı. Yanıtınızın yanında gösteririz.
hearings-field-organisation = Dernek veya kuruluş
hearings-field-organisation-hint = Sadece bir dernek adına yanıt veriyorsanız.
hearings-field-email = E-posta
hearings-field-email-hint = İsteğe bağlı. Bunu hiçbir zaman göstermeyiz. Sadece sorumuz olursa kullanırız.
hearings-send = Yanıtı gönder
hearings-answers-title = Yanıtlar
hearings-answers-lead = Her yanıtı sayfada yayımlamadan önce okuyoruz. Sadece başka kişiler hakkındaki bilgileri ve kaba sözleri çıkarıyoruz. Her yanıta cevap veriyoruz.
hearings-answers-none = Sayfada henüz yanıt yok.
hearings-anonymous = Adsız
hearings-edited = Yanıtta değişiklik yaptık:
hearings-reply-followed = Bunu yapacağız.
hearings-reply-not-followed = Bunu yapmayacağız.
hearings-reply-waiting = Henüz cevap vermedik.

hearings-open-title = Proje hakkında görüş toplama
hearings-open-lead = Herkesin yanıt verebilmesi için bir görüş toplama açın. Projenin vatandaşlar için ne anlama geldiğini kısa ve basit yazın.
hearings-of-project = Projenin görüş toplamaları
hearings-moderation-link = Yanıtları okuyun ve cevaplayın
hearings-new = Yeni bir görüş toplama açın
hearings-field-summary = Basit sözlerle proje
hearings-field-summary-hint = Ne değişiyor, kimin için değişiyor ve bilgisayarı olmayanlar ne yapabilir?
hearings-field-deadline = Yanıt vermek için son gün
hearings-field-deadline-hint = Tarihi şöyle yazın: 2026-12-31
hearings-open-button = Görüş toplamayı açın

hearings-moderation-title = Görüş toplamadaki yanıtlar
hearings-moderation-lead = Her yanıtı sayfada yayımlamadan önce okuyun. Sonra cevap verin: Bunu yapacak mısınız, yapmayacaksanız neden?
hearings-moderation-never = Bir yanıt, sizinle aynı fikirde olmadığı için asla geri tutulmamalıdır. Sadece kişiler hakkındaki bilgileri ve kaba sözleri çıkarın. Neyi çıkardığınızı yazın.
hearings-moderation-none = Projenin görüş toplaması yok.
hearings-moderation-hearing = { $date } gününün sonuna kadar açık görüş toplama
hearings-answer-received = Yanıt tarihi: { $date }
hearings-moderation-text = Yanıt, sayfada görüneceği şekliyle
hearings-moderation-text-hint = Sadece kişiler hakkındaki bilgileri ve kaba sözleri düzeltin.
hearings-moderation-note = Neyi çıkardınız?
hearings-moderation-note-hint = Yanıtta değişiklik yaptıysanız doldurulmalıdır.
hearings-approve = Yanıtı sayfada göster
hearings-field-response = Cevabınız
hearings-field-response-text = Nasıl yapacaksınız, ya da neden yapmayacaksınız?
hearings-respond = Cevabınızı kaydedin

hearings-error-summary = Projenin ne hakkında olduğunu yazın
hearings-error-summary-long = Metin en fazla 5.000 karakter olabilir
hearings-error-deadline = Bugünden sonraki bir tarih yazın, şöyle: 2026-12-31
hearings-error-text-empty = Yanıtınızı yazın
hearings-error-text-long = Yanıtınız en fazla 20.000 karakter olabilir
hearings-error-line-long = En fazla 200 karakter olabilir
hearings-error-email = navn@eksempel.dk gibi bir e-posta adresi yazın veya alanı boş bırakın
hearings-error-note = Neyi çıkardığınızı yazın
hearings-error-note-long = Metin en fazla 5.000 karakter olabilir
hearings-error-response = Bunu yapıp yapmayacağınızı seçin
hearings-error-reason = Bunu neden yapmayacağınızı yazın
hearings-error-already-approved = Yanıt zaten sayfada gösteriliyor. Geri dönün ve sayfayı yeniden yükleyin.
hearings-error-not-approved = Yanıta cevap verebilmeniz için önce yanıtın sayfada gösterilmesi gerekir.
hearings-api-bad-json = JSON'u şu şekilde gönderin: {"{"}"text": "...", "name": "...", "organisation": "...", "email": "..."{"}"}. Sadece text zorunludur.
hearings-api-closed = Görüş toplamanın süresi doldu. Artık yanıt gönderilemez.
hearings-report-title = Görüş toplama raporu
hearings-report-closed = Görüş toplama { $date } tarihinde sona erdi.
hearings-report-open = Görüş toplama { $date } gününün sonuna kadar açık. Rapor, şu ana kadar gelen yanıtları gösterir.
hearings-report-count =
    { $count ->
        [0] Yanıt yok
        [one] 1 yanıt
       *[other] { $count } yanıt
    }
hearings-report-links = Tüm yanıtları ve bizim cevaplarımızı içeren görüş toplama raporu:
hearings-report-pdf = PDF
hearings-report-json = JSON
hearings-business-case-link = Projenin maliyet-fayda hesabını (business case) okuyun: maliyeti ne, ne kazandırıyor
