import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChatModel } from '../../src/answer/llm.js';
import { translateQuestion } from '../../src/answer/translate.js';
import { failWith, hang, reply, startFakeOpenAI, type FakeOpenAI } from '../support/fakeOpenAI.js';
import { defined } from '../support/defined.js';

let fake: FakeOpenAI;

async function model() {
  const chat = await createChatModel({ provider: 'openai', baseUrl: fake.baseUrl, apiKey: undefined, model: 'fake-model', timeoutMs: 20_000 });
  if (!chat) throw new Error('expected a chat model');
  return chat;
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

describe('translateQuestion', () => {
  it('asks for the question in the articles’ language and returns the bare translation', async () => {
    fake.script(reply('"¿Qué prometió Putin a Kim Jong Un?"\n'));
    const translation = await translateQuestion('What did Putin promise Kim Jong Un?', 'en', 'es', await model(), { timeoutMs: 5_000 });
    expect(translation).toBe('¿Qué prometió Putin a Kim Jong Un?');
    const [system, question] = defined(fake.requests[0]).body.messages;
    expect(system?.content).toContain('from English to Spanish');
    expect(question?.content).toBe('What did Putin promise Kim Jong Un?');
  });

  it('leaves a question already in the target language alone', async () => {
    expect(await translateQuestion('¿Qué prometió Putin?', 'es', 'es', await model(), { timeoutMs: 5_000 })).toBe('¿Qué prometió Putin?');
    expect(fake.requests).toHaveLength(0);
  });

  it('gives nothing back for an empty or rambling reply', async () => {
    fake.script(reply('   '));
    expect(await translateQuestion('Who is Kim?', 'en', 'es', await model(), { timeoutMs: 5_000 })).toBeUndefined();
    fake.script(reply('Claro. '.repeat(100)));
    expect(await translateQuestion('Who is Kim?', 'en', 'es', await model(), { timeoutMs: 5_000 })).toBeUndefined();
  });

  it('gives nothing back when the server keeps failing, after one retry', async () => {
    fake.script(failWith(502));
    expect(await translateQuestion('Who is Kim?', 'en', 'es', await model(), { timeoutMs: 5_000 })).toBeUndefined();
    expect(fake.requests).toHaveLength(2);
  });

  it('gives nothing back when the server does not answer in time', async () => {
    fake.script(hang);
    expect(await translateQuestion('Who is Kim?', 'en', 'es', await model(), { timeoutMs: 200 })).toBeUndefined();
  });
});
