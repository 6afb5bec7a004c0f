import { describe, expect, it } from 'vitest';
import { settingsStatement } from './request-tx';

describe('settingsStatement', () => {
  it('sets everything transaction-locally in one statement, values only as parameters', () => {
    const { text, values } = settingsStatement(
      {
        role: 'authenticated',
        claims: { sub: '7' },
        method: 'GET',
        path: '/api/x',
        headers: { a: "'; drop" },
      },
      { encryption_key: 'k' },
    );
    expect(text.match(/select /g)).toHaveLength(1);
    expect(text).not.toContain('drop');
    expect(text.match(/set_config\(\$\d+, \$\d+, true\)/g)).toHaveLength(7);
    expect(values).toEqual([
      'role',
      'authenticated',
      'request.jwt.claims',
      '{"sub":"7"}',
      'request.method',
      'GET',
      'request.path',
      '/api/x',
      'request.headers',
      `{"a":"'; drop"}`,
      'request.cookies',
      '{}',
      'app.settings.encryption_key',
      'k',
    ]);
  });
});
