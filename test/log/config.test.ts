import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTION_LOG_PATH, questionLogConfig } from '../../src/log/index.ts';

describe('question log settings', () => {
  it('records to data/questions.db beside the sources by default', () => {
    expect(questionLogConfig({})).toEqual({ enabled: true, path: DEFAULT_QUESTION_LOG_PATH, problems: [] });
    expect(DEFAULT_QUESTION_LOG_PATH).toBe(path.resolve(import.meta.dirname, '../../data/questions.db'));
  });

  it('reads QA_LOG_DB against the working directory and LOG_SALT as given', () => {
    expect(questionLogConfig({ QA_LOG_DB: 'logs/q.db', LOG_SALT: 'pepper' })).toMatchObject({ path: path.resolve('logs/q.db'), salt: 'pepper' });
  });

  it('treats empty values as not set', () => {
    expect(questionLogConfig({ QA_LOG: '', QA_LOG_DB: ' ', LOG_SALT: '' })).toEqual({ enabled: true, path: DEFAULT_QUESTION_LOG_PATH, problems: [] });
  });

  it('turns recording off for QA_LOG=off, and for a value it does not understand, saying why', () => {
    expect(questionLogConfig({ QA_LOG: 'OFF' })).toMatchObject({ enabled: false, problems: [] });
    expect(questionLogConfig({ QA_LOG: 'on' })).toMatchObject({ enabled: true, problems: [] });
    expect(questionLogConfig({ QA_LOG: 'of' })).toMatchObject({ enabled: false, problems: ['QA_LOG="of" is neither on nor off; recording is off'] });
  });
});
