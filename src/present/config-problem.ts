/**
 * A setting that cannot work (config.ts ConfigProblem) as the one line every front end prints before it exits
 * (`npm start` in console or bot mode, the CLI, `npm run deploy`): in the terminal's language (present/locale.ts
 * `terminalLanguage`), the same words and the same exit status (CONFIG_ERROR_STATUS) wherever it is met.
 */
import { describeConfigProblem, type ConfigProblem } from '../config.js';
import type { Language } from '../corpus/types.js';

/**
 * The exit status of a configuration error in every front end: 2, the status of a usage error, since the person
 * running the command must change what they gave it (here a setting) and running it again unchanged cannot help.
 */
export const CONFIG_ERROR_STATUS = 2;

/** `problem` as one line pointing to .env.example, in `language` ("Configuration error: LLM_PROVIDER must be one of …"). */
export function configProblemLine(problem: ConfigProblem, language: Language): string {
  if (language === 'en') return `Configuration error: ${describeConfigProblem(problem)} (see .env.example).`;
  return `Error de configuración: ${spanish(problem)} (ver .env.example).`;
}

function spanish(problem: ConfigProblem): string {
  switch (problem.kind) {
    case 'choice':
      return `${problem.setting} debe ser uno de estos valores: ${problem.choices.join(', ')} (es «${problem.got}»)`;
    case 'positiveInteger':
      return `${problem.setting} debe ser un número entero positivo de ${problem.unit === 'milliseconds' ? 'milisegundos' : 'hilos'} (es «${problem.got}»)`;
    case 'requiredWith':
      return `falta ${problem.setting}, necesario cuando ${problem.other} es ${problem.value}`;
    case 'requiredBy':
      return `${problem.command} necesita ${problem.settings.join(' y ')}`;
    case 'fileNotFolder':
      return `${problem.setting} debe ser una carpeta, o no existir aún: ${problem.path} es un archivo`;
    case 'missingPackage':
      return `${problem.setting}=${problem.value} necesita el paquete opcional ${problem.pkg}: instálalo con \`npm install ${problem.pkg}\` (ver README.md) o pon ${problem.setting}=none`;
    case 'credentialsInUrl':
      return `${problem.setting} no puede llevar usuario ni contraseña (usuario:contraseña@…): los clientes HTTP rechazan esas direcciones; pon la clave de API en su propia variable`;
  }
}
