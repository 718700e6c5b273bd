-- The ID token an OIDC login was given, kept with its session so that logging out can
-- end the provider's session too (`id_token_hint`). Empty for a demo login. Owned by `auth`.
ALTER TABLE sessions ADD COLUMN id_token TEXT;
