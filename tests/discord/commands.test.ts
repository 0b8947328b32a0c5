import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from '../../src/log.js';
import { loadCommands } from '../../src/discord/loader.js';
import { defined } from '../support/defined.js';

const LOCALES = ['es-ES', 'es-419', 'en-US', 'en-GB'];

describe('slash command definitions', async () => {
  const commands = await loadCommands(silentLogger);
  const json = Object.fromEntries([...commands].map(([name, command]) => [name, command.data.toJSON()]));
  const definitionOf = (name: string) => defined(json[name], `the /${name} definition`);

  it('are found in commands/: ask, quote and sources, each with execute', () => {
    expect([...commands.keys()].sort()).toEqual(['ask', 'quote', 'sources']);
    for (const command of commands.values()) expect(typeof command.execute).toBe('function');
  });

  it('have the options of the contract', () => {
    expect(definitionOf('ask').options).toMatchObject([{ name: 'question', type: ApplicationCommandOptionType.String, required: true, max_length: 1000 }]);
    expect(definitionOf('sources').options).toMatchObject([{ name: 'page', type: ApplicationCommandOptionType.Integer, min_value: 1 }]);
    expect(definitionOf('sources').options?.[0]?.required).toBeFalsy();
    expect(definitionOf('quote').options).toMatchObject([{ name: 'actor', type: ApplicationCommandOptionType.String, required: true, autocomplete: true }]);
    expect(typeof commands.get('quote')?.autocomplete).toBe('function');
  });

  it('have Spanish and English names and descriptions, for commands and options', () => {
    for (const definition of Object.values(json)) {
      for (const localised of [definition, ...(definition.options ?? [])]) {
        expect(Object.keys(localised.name_localizations ?? {}).sort()).toEqual([...LOCALES].sort());
        expect(Object.keys(localised.description_localizations ?? {}).sort()).toEqual([...LOCALES].sort());
        expect(localised.name_localizations?.['en-US']).toBe(localised.name);
        for (const name of Object.values(localised.name_localizations ?? {})) expect(name).toMatch(/^[-_'\p{Ll}\p{N}]{1,32}$/u);
        for (const description of [localised.description, ...Object.values(localised.description_localizations ?? {})]) expect(description?.length).toBeLessThanOrEqual(100);
      }
    }
    expect(definitionOf('ask').name_localizations?.['es-ES']).toBe('preguntar');
    expect(definitionOf('ask').options?.[0]?.name_localizations?.['es-419']).toBe('pregunta');
  });

  it('skips, with a warning, a module in the folder that is not a command', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-commands-'));
    await writeFile(path.join(dir, 'helper.ts'), 'export const helper = 1;\n');
    await writeFile(path.join(dir, 'ping.ts'), "export const data = { name: 'ping', toJSON: () => ({ name: 'ping', description: 'p' }) };\nexport async function execute() {}\n");
    const warnings: string[] = [];
    const found = await loadCommands(createLogger({ write: (line) => warnings.push(line) }), dir);
    expect([...found.keys()]).toEqual(['ping']);
    expect(warnings.join('\n')).toContain('helper.ts');
    await rm(dir, { recursive: true, force: true });
  });
});
