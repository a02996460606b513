import { describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/api/auth.ts';
import { ConfigError, parseSecurityConfig } from '../../src/api/config.ts';

const hash = hashApiKey('some-key');

describe('parseSecurityConfig (shared by the Node and Worker faces)', () => {
  it('reads keys by role, origins and the mode', () => {
    const config = parseSecurityConfig({
      HJEMMEL_API_KEYS: `caseworker:${hash}, legal:${hashApiKey('other')}\ntrainer:${hashApiKey('third').toUpperCase()}`,
      HJEMMEL_CORS_ORIGINS: 'https://a.kommune.example, https://b.kommune.example',
      HJEMMEL_MODE: 'production',
    });
    expect([...config.apiKeys!]).toEqual([
      [hash, 'caseworker'],
      [hashApiKey('other'), 'legal'],
      [hashApiKey('third'), 'trainer'],
    ]);
    expect(config.corsOrigins).toEqual(['https://a.kommune.example', 'https://b.kommune.example']);
    expect(config.mode).toBe('production');
    expect(config.receiptKey).toBeUndefined();
    expect(config).toMatchObject({ sessionSecret: undefined, https: false, trustedProxies: [] });
    const proxied = parseSecurityConfig({ HJEMMEL_SESSION_SECRET: 'x'.repeat(32), HJEMMEL_HTTPS: 'true', HJEMMEL_TRUSTED_PROXIES: '10.0.0.7, ::1' });
    expect(proxied).toMatchObject({ sessionSecret: 'x'.repeat(32), https: true, trustedProxies: ['10.0.0.7', '::1'] });
  });

  it('nothing configured: no keys, and development unless NODE_ENV or HJEMMEL_MODE says production', () => {
    expect(parseSecurityConfig({})).toMatchObject({ mode: 'development', apiKeys: undefined, receiptKey: undefined, corsOrigins: [] });
    expect(parseSecurityConfig({ NODE_ENV: 'production' }).mode).toBe('production');
    expect(parseSecurityConfig({ NODE_ENV: 'production', HJEMMEL_MODE: 'development' }).mode).toBe('development');
  });

  it('refuses a malformed setting, naming the variable and never echoing a value', () => {
    const cases: Record<string, string>[] = [
      { HJEMMEL_API_KEYS: 'admin:' + hash },
      { HJEMMEL_API_KEYS: 'caseworker:plain-secret-key' },
      { HJEMMEL_API_KEYS: ',' },
      { HJEMMEL_RECEIPT_KEY: '{"d": "secret-part"' },
      { HJEMMEL_RECEIPT_KEY: '[1]' },
      { HJEMMEL_RECEIPT_RETIRED_KEYS: '{}' },
      { HJEMMEL_CORS_ORIGINS: 'https://a.example/path' },
      { HJEMMEL_MODE: 'staging' },
      { HJEMMEL_SESSION_SECRET: 'short-secret' },
      { HJEMMEL_HTTPS: 'yes' },
    ];
    for (const env of cases) {
      const [name, value] = Object.entries(env)[0]!;
      let error: unknown;
      try {
        parseSecurityConfig(env);
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain(name);
      expect((error as Error).message).not.toContain('secret');
      if (name === 'HJEMMEL_API_KEYS') expect((error as Error).message).not.toContain(value.split(':')[1] || '\0');
    }
  });
});
