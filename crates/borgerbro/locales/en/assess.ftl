# Consequence assessments (the assess module).

assess-error-required = Write something here.
assess-error-risk-scale = Choose a number from 1 to 4.
assess-error-too-long = The text is too long. Write at most 20,000 characters.
assess-error-unknown-question = The questionnaire has no such question. The questions are in /api/v1/openapi.json.
assess-error-unknown-answer = The question has no such answer. Choose one of the answers in /api/v1/openapi.json.
assess-api-bad-json = Send JSON like {"{"}"answers": {"{"}"consequences.people_affected": "many"{"}"}{"}"}. The questions and answers are in /api/v1/openapi.json.
assess-error-title-too-long = The title is too long. Write at most 200 characters.
assess-error-project-too-long = The text is too long. Write at most 5,000 characters.
