// A certified OpenID provider (panva's `oidc-provider`, OpenID Certified) on 127.0.0.1,
// for tests/oidc_provider.rs. Nothing here speaks the protocol: the package does. This
// program only gives it its clients, its accounts and a login page.
//
// The protocol with the test, over stdin and stdout, one line each:
// 1. it prints `issuer <url>` as soon as it listens on a free port;
// 2. it reads one JSON line: { "client_id", "client_secret", "redirect_uri",
//    "post_logout_redirect_uri" } for the relying party under test (its port is only
//    known once the issuer is);
// 3. it prints `ready` and serves until stdin closes.
//
// The clients:
// - the relying party under test: authorization code flow, client_secret_basic, PKCE
//   with S256 required;
// - `other-rp`, a second relying party (implicit flow, so a test can take an ID token
//   issued to it straight from the redirect) whose tokens are for another audience.
//
// The login page (/interaction/:uid) logs in whoever is posted as `login`; consent is
// given at once, as for a first-party client. Logout (RP-initiated, the package's
// `end_session_endpoint` at /session/end) asks the person to confirm, as the package does. `POST /test/next-id-token` (body: an ID
// token) makes the provider answer the next code exchange with that ID token instead of
// its own: how a test shows a relying party refuses an ID token meant for someone else.

import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

// Short enough that a test can step past it with the relying party's clock.
const ID_TOKEN_TTL_SECONDS = 60;
const OTHER_CLIENT = {
  client_id: 'other-rp',
  response_types: ['id_token'],
  grant_types: ['implicit'],
  redirect_uris: ['https://other-rp.example/callback'],
  token_endpoint_auth_method: 'none',
};

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
console.log(`issuer ${issuer}`);

const lines = createInterface({ input: process.stdin });
const rp = JSON.parse(await new Promise((resolve) => lines.once('line', resolve)));
// The test ends by closing stdin (or by dying, which closes it too).
lines.on('close', () => process.exit(0));

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256', use: 'sig' };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: rp.client_id,
      client_secret: rp.client_secret,
      redirect_uris: [rp.redirect_uri],
      post_logout_redirect_uris: [rp.post_logout_redirect_uri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
    OTHER_CLIENT,
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: ['borgerbro-test-cookie-key'] },
  responseTypes: ['code', 'id_token'],
  pkce: { required: () => true },
  ttl: { IdToken: ID_TOKEN_TTL_SECONDS },
  scopes: ['openid', 'profile'],
  claims: { openid: ['sub'], profile: ['name'] },
  findAccount: (ctx, sub) => ({
    accountId: sub,
    claims: () => ({ sub, name: 'Test Testesen' }),
  }),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  // Consent is part of logging in here, as for a first-party client.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid profile');
    await grant.save();
    return grant;
  },
  features: { devInteractions: { enabled: false } },
});

// The next code exchange answers with this ID token instead of the provider's own.
let nextIdToken = null;
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && ctx.status === 200 && nextIdToken) {
    ctx.body = { ...ctx.body, id_token: nextIdToken };
    nextIdToken = null;
  }
});

const readBody = async (req) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
};

const handleInteraction = async (req, res) => {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><form method="post"><label>Login <input name="login"></label>
      <button>Log in</button></form><!-- ${details.prompt.name} -->`);
    return;
  }
  const login = new URLSearchParams(await readBody(req)).get('login');
  if (!login) {
    res.statusCode = 400;
    res.end('no login');
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId: login } });
};

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    if (req.url.startsWith('/interaction/')) {
      await handleInteraction(req, res);
    } else if (req.url === '/test/next-id-token' && req.method === 'POST') {
      nextIdToken = (await readBody(req)).trim();
      res.statusCode = 204;
      res.end();
    } else {
      callback(req, res);
    }
  } catch (error) {
    console.error(error);
    res.statusCode = 500;
    res.end(String(error));
  }
});
console.log('ready');
