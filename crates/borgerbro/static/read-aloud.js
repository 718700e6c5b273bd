// "Læs op": reads the letter aloud with the browser's own speech synthesis. Only an
// enhancement: the button stays hidden where JavaScript or speech is missing.
// Each passage is read in its own language, the `lang` of its nearest element that has
// one: a Danish letter on an English page is read with a Danish voice, the page's own
// words ("From", "Reply by") with an English one.
(function () {
  var button = document.querySelector('[data-read-aloud]');
  if (!button || !('speechSynthesis' in window)) return;
  button.hidden = false;

  // Consecutive text of the same language, in reading order, as [lang, text] pairs.
  function passages(root) {
    var found = [];
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var text = node.nodeValue.replace(/\s+/g, ' ').trim();
      var parent = node.parentElement;
      // The page's notes about the letter (its languages, a translation) are not the letter.
      if (!text || parent.closest('[hidden], [aria-hidden="true"], [data-not-read-aloud], script, style')) continue;
      var lang = parent.closest('[lang]').getAttribute('lang');
      var last = found[found.length - 1];
      if (last && last[0] === lang) last[1] += ' ' + text;
      else found.push([lang, text]);
    }
    return found;
  }

  // The browser's voice for a language, if it has one; else it picks by `lang` alone.
  function voiceFor(lang) {
    var voices = window.speechSynthesis.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang.toLowerCase().split(/[-_]/)[0] === lang) return voices[i];
    }
    return null;
  }

  button.addEventListener('click', function () {
    if (window.speechSynthesis.speaking) {
      window.speechSynthesis.cancel();
      return;
    }
    var article = document.getElementById(button.getAttribute('data-read-aloud')).closest('article');
    passages(article).forEach(function (passage) {
      var lang = passage[0].toLowerCase().split('-')[0];
      var utterance = new SpeechSynthesisUtterance(passage[1]);
      utterance.lang = lang === 'da' ? 'da-DK' : passage[0];
      var voice = voiceFor(lang);
      if (voice) utterance.voice = voice;
      window.speechSynthesis.speak(utterance);
    });
  });
})();
