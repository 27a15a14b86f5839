// The single sign-on settings: off when unset, and a half-made setting fails
// at start, naming the variable.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';

const ISSUER = 'https://login.northmoor-police.example';

describe('WAYMARK_OIDC_* settings', () => {
  it('are off when no issuer is set', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('read the issuer, client, redirect address and label', () => {
    const oidc = loadConfig({
      WAYMARK_OIDC_ISSUER: ISSUER,
      WAYMARK_OIDC_CLIENT_ID: 'waymark',
      WAYMARK_OIDC_CLIENT_SECRET: 's3cret',
      WAYMARK_OIDC_REDIRECT_URI: 'https://waymark.example/sign-in/oidc/callback',
      WAYMARK_OIDC_LABEL: 'Sign in with Northmoor Police',
    }).oidc;
    expect(oidc).toEqual({
      issuer: ISSUER, // as given: the issuer identifier is compared exactly
      clientId: 'waymark',
      clientSecret: 's3cret',
      redirectUri: 'https://waymark.example/sign-in/oidc/callback',
      label: 'Sign in with Northmoor Police',
    });
  });

  it('default the label and, outside production, the redirect address', () => {
    const oidc = loadConfig({ WAYMARK_OIDC_ISSUER: ISSUER, WAYMARK_OIDC_CLIENT_ID: 'waymark' }).oidc;
    expect(oidc?.label).toBe('Sign in with your organisation');
    expect(oidc?.redirectUri).toBeUndefined();
    expect(oidc?.clientSecret).toBeUndefined();
  });

  it('fail fast, naming the variable, when the setting is incomplete or not a URL', () => {
    expect(() => loadConfig({ WAYMARK_OIDC_ISSUER: ISSUER })).toThrow(/WAYMARK_OIDC_CLIENT_ID/);
    expect(() => loadConfig({ WAYMARK_OIDC_ISSUER: 'login.example', WAYMARK_OIDC_CLIENT_ID: 'w' })).toThrow(/WAYMARK_OIDC_ISSUER must be a URL/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://waymark@localhost/waymark', WAYMARK_OIDC_ISSUER: ISSUER, WAYMARK_OIDC_CLIENT_ID: 'w' })).toThrow(/WAYMARK_OIDC_REDIRECT_URI/);
  });
});
