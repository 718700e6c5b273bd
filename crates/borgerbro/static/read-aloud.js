// "Læs op": reads the letter aloud with the browser's own speech synthesis. Only an
// enhancement: the button stays hidden where JavaScript or speech is missing.
(function () {
  var button = document.querySelector('[data-read-aloud]');
  if (!button || !('speechSynthesis' in window)) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    if (window.speechSynthesis.speaking) {
      window.speechSynthesis.cancel();
      return;
    }
    var article = document.getElementById(button.getAttribute('data-read-aloud')).closest('article');
    var utterance = new SpeechSynthesisUtterance(article.innerText);
    utterance.lang = document.documentElement.lang === 'da' ? 'da-DK' : document.documentElement.lang;
    window.speechSynthesis.speak(utterance);
  });
})();
