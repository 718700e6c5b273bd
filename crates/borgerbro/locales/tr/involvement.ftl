# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## Involving citizens in a project (/projekter/{id}/inddragelse)

involvement-title = Vatandaş katılımı
involvement-lead = Burada vatandaşlara nasıl sorduğumuzu ve ne dediklerini görebilirsiniz. Vatandaşların söylediği her şeye cevap veriyoruz. Ya önerdiklerini yapıyoruz ya da neden yapmadığımızı açıklıyoruz.
involvement-saved-activity = Etkinlik kaydedildi.
involvement-saved-input = Görüş ve cevabınız kaydedildi.
involvement-activities-title = Etkinlikler
involvement-at-risk-yes = Risk altındaki gruplardan kişiler katıldı. Seviye III veya IV olan bir proje için karar verilmeden önce bu gereklidir.
involvement-at-risk-no = Risk altındaki gruplardan henüz kimse katılmadı. Seviye III veya IV olan bir proje için, bu kişiler katılmadan karar verilemez.
involvement-activities-none = Henüz etkinlik yok.
involvement-participants = Katılımcılar
involvement-groups = Risk altındaki gruplardan
involvement-groups-none = Yok
involvement-paid = Zamanları için ödeme
involvement-paid-amount = Katılımcı başına { $amount } kron
involvement-paid-no = Ödeme yok
involvement-inputs-title = Vatandaşların söyledikleri ve bizim cevabımız
involvement-inputs-lead = Vatandaşların önerdiğini yapmıyorsak, nedenini yazıyoruz.
involvement-inputs-none = Henüz görüş yok.
involvement-input-said = Vatandaşlar şunu söyledi:
involvement-input-from = Nereden: { $activity }
involvement-answer-followed = Bunu yapacağız.
involvement-answer-not-followed = Bunu yapmayacağız.

involvement-kind-workshop = Atölye çalışması
involvement-kind-user-test = Kullanıcı testi
involvement-kind-citizen-panel = Vatandaş paneli
involvement-kind-council = Kurul
involvement-kind-interview = Görüşme


involvement-new-activity = Etkinlik ekleyin
involvement-field-kind = Ne tür bir etkinlik?
involvement-field-kind-choose = Seçin
involvement-field-held-on = Tarih
involvement-field-held-on-hint = Tarihi şöyle yazın: 2026-10-14
involvement-field-participants = Kaç kişi katıldı?
involvement-field-groups = Risk altındaki hangi gruplar katıldı?
involvement-field-paid = Katılımcılara zamanları için para ödendi
involvement-field-paid-dkk = Katılımcı başına tutar (kron)
involvement-field-paid-dkk-hint = Sadece katılımcılara para ödendiyse
involvement-field-description = Ne oldu?
involvement-field-description-hint = Nerede ve nasıl olduğunu kısaca yazın.
involvement-activity-button = Etkinliği kaydedin

involvement-new-input = Görüş ve cevabınızı ekleyin
involvement-field-activity = Nereden geldi?
involvement-field-activity-none = Belirli bir etkinlikten değil
involvement-field-input = Vatandaşlar ne dedi?
involvement-field-answer = Cevabınız ne?
involvement-field-reason = Nasıl yapacaksınız, ya da neden yapmayacaksınız?
involvement-field-reason-hint = Bunu yapmayacaksanız doldurulmalıdır.
involvement-input-button = Görüşü ve cevabı kaydedin

involvement-error-kind = Ne tür bir etkinlik olduğunu seçin
involvement-error-held-on = Tarihi şöyle yazın: 2026-10-14
involvement-error-participants = Kaç kişinin katıldığını 1 ile 100.000 arasında bir sayı olarak yazın
involvement-error-groups = Sadece listedeki grupları seçin
involvement-error-paid = Tutarı tam kron olarak, 1 ile 100.000 arasında yazın
involvement-error-description = Ne olduğunu yazın
involvement-error-too-long = Metin en fazla 5.000 karakter olabilir
involvement-error-activity = Listeden bir etkinlik seçin
involvement-error-input = Vatandaşların ne dediğini yazın
involvement-error-answer = Bunu yapıp yapmayacağınızı seçin
involvement-error-reason = Bunu neden yapmayacağınızı yazın
