# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.
# Dil ve okuma: vatandaşa yazdığımız dil, kolay okuma ve büyük yazı.

reading-title = Dil ve okuma
reading-lead = Size hangi dilde yazmamızı istediğinizi seçin. Giriş yaptığınızda sayfalar da bu dilde açılır.
reading-language-label = Diliniz
reading-language-hint = Sistemden gelen mektuplar sizin dilinizde olur. Dosya sorumlusundan gelen mektuplar, sizin dilinizde bir sürümü yoksa Danca olur.
reading-how-label = En iyi nasıl okursunuz
reading-easy-read = Kolay okuma
reading-easy-read-hint = Önce "Kısaca" bölümünü ve kolay adımları görürsünüz; "Sesli oku" düğmesi en üsttedir.
reading-large-print = Büyük yazı
reading-large-print-hint = Sayfalarda daha büyük yazı, kâğıt mektuplarda en az 16 punto.
reading-save = Kaydet
reading-saved = Seçiminiz kaydedildi.
reading-back = Sayfama geri dön
reading-error-language = Listedeki dillerden birini seçin.
reading-desk-heading = Dil ve okuma
reading-desk-saved = Dil ve okuma seçimi kaydedildi: { $name }.
log-what-reading = dilinizi veya okuma şeklinizi değiştirdi
people-language-unknown = Bu dil bilinmiyor. da, en, ar, uk veya tr kodlarından birini kullanın.
letter-not-in-your-language = Bu mektup { $original ->
        [da] Danca
       *[other] sizin dilinizde değil
    }. Anlamak için yardım isterseniz bizi { $phone } numarasından arayın.
letter-help-in-your-language = Kendi dilinizde yardım alabileceğiniz bir yer bulun
letter-versions-label = Mektubun diğer dillerdeki hâli
letter-translated = Bu bir çeviridir. Geçerli olan, mektubun aslıdır.
letter-read-original = Mektubun aslını okuyun

# A month on its own, as in "marts 2026" (some languages say a month in a date differently).
month-alone-1 = Ocak
month-alone-2 = Şubat
month-alone-3 = Mart
month-alone-4 = Nisan
month-alone-5 = Mayıs
month-alone-6 = Haziran
month-alone-7 = Temmuz
month-alone-8 = Ağustos
month-alone-9 = Eylül
month-alone-10 = Ekim
month-alone-11 = Kasım
month-alone-12 = Aralık
post-version-language-unknown = Bu dil bilinmiyor. Bir sürüm da, en, ar, uk veya tr dilinde olabilir.
post-version-same-language = Mektubun kendisi bu dilde yazılmış. Sürümü başka bir dilde yazın.
a11y-languages-heading = Diller
a11y-languages-text = Sayfalar beş dilde vardır. Metinler Danca yazılır. Diğer diller Dancadan çevrilmiştir. Burada çeviriyi ana dili bu dil olan birinin kontrol edip etmediğini görebilirsiniz.
a11y-language-source = metinler Danca yazılır
a11y-language-reviewed = ana dili bu dil olan biri kontrol etti
a11y-language-not-reviewed = çevrildi, ancak ana dili bu dil olan biri henüz kontrol etmedi
guide-help-in-your-language = Burada kendi dilinizde yardım alabilirsiniz:
paper-translated = Bu bir çeviridir. Mektubun aslı çevirinin ardından gelir; geçerli olan asıldır.
paper-original-heading = Mektubun aslı
write-version-summary = Mektubun başka bir dildeki hâli (isteğe bağlı)
write-version-hint = Mektubu vatandaşın dilinde yeniden yazın. Vatandaş önce onu okur ve her zaman geçerli olan Danca mektubu okuyabilir.
write-version-language = Dil
write-version-none = Başka dil yok
write-version-legend = Başka dildeki sürüm
write-version-subject = Diğer dilde başlık
write-version-summary-label = Diğer dilde kısaca (isteğe bağlı)
write-version-body = Diğer dilde mektup
post-version-language-missing = Sürümün dilini seçin veya ona yazdıklarınızı silin.
reading-desk-language-label = Vatandaşın dili
guide-no-help-in-your-language = Burada henüz sizin dilinizde yardım eden bir yer yok. Bizi { $phone } numarasından arayın; bir tercüman veya başka bir yol buluruz.
paper-language-heading = Bu mektup sizin dilinizde değil
