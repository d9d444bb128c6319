// A real OpenID Provider (panva's oidc-provider) on loopback for the browser tests of staff
// login through the county's identity provider. Any login name is accepted (dev interactions);
// the name is the e-mail the ID token vouches for. Started by playwright.config.ts.
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT ?? 3190);
const portal = process.env.PORTAL_ORIGIN ?? "http://127.0.0.1:3100";

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: "neste-steg",
      client_secret: "e2e-oidc-client-secret",
      redirect_uris: [`${portal}/auth/oidc/callback`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        // The login typed at the provider: «e-mail», «unverified:e-mail» (the provider has not
        // checked the address) or «subject|e-mail» (another person holding that address now).
        const unverified = id.startsWith("unverified:");
        const rest = unverified ? id.slice("unverified:".length) : id;
        const [sub, email] = rest.includes("|") ? rest.split("|") : [rest, rest];
        return { sub, email, email_verified: !unverified, name: email };
      },
    };
  },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ["e2e-oidc-cookie-key"] },
});
provider.listen(port, "127.0.0.1");
