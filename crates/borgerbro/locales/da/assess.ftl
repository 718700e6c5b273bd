# Konsekvensvurderinger (modulet assess).

assess-error-required = Skriv noget her.
assess-error-risk-scale = Vælg et tal fra 1 til 4.
assess-error-too-long = Teksten er for lang. Skriv højst 20.000 tegn.
assess-error-unknown-question = Det spørgsmål findes ikke i skemaet. Se spørgsmålene i /api/v1/openapi.json.
assess-error-unknown-answer = Det svar findes ikke til spørgsmålet. Vælg et af de svar, der står i /api/v1/openapi.json.
assess-api-bad-json = Send JSON som {"{"}"answers": {"{"}"consequences.people_affected": "many"{"}"}{"}"}. Spørgsmål og svar står i /api/v1/openapi.json.
assess-error-title-too-long = Titlen er for lang. Skriv højst 200 tegn.
assess-error-project-too-long = Teksten er for lang. Skriv højst 5.000 tegn.
