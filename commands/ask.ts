/**
 * /ask question: acknowledged at once (deferred), then answered by the library. A question it will
 * not look up (empty, no words) is refused before deferring: a deferred reply is public for good, and
 * the check is quick. With an LLM the answer is edited in as it is written, at most once per
 * `streamIntervalMs`, and the final edit adds the citations. Its buttons show every source in full,
 * or record a 👍/👎 vote.
 */
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.js';
import { parseAskButton } from '../src/discord/custom-ids.js';
import { slashCommandData } from '../src/discord/localise.js';
import { withoutDiscordMarkup } from '../src/present/mentions.js';
import { CITATIONS_PER_ANSWER } from '../src/present/answer-lines.js';
import { renderAllSources, renderAskProgress, renderAskReply } from '../src/discord/render/ask.js';
import { notice, privately, type MessagePayload } from '../src/discord/render/payload.js';
import { COMMANDS } from '../src/present/command-table.js';
import { stringsFor } from '../src/present/strings.js';
import { languageOfLocale } from '../src/present/locale.js';
import { throttleLatest } from '../src/discord/throttle.js';
import { askResultNamed, slashCommands, withCommandsNamed } from '../src/present/command-words.js';

const SPEC = COMMANDS.ask;

export const data = slashCommandData(SPEC);

export async function execute(interaction: ChatInputCommandInteraction, { library, answers, log, streamIntervalMs }: CommandContext): Promise<void> {
  const clientLanguage = languageOfLocale(interaction.locale);
  // The bot's own words name the commands as this user's client lists them (/sources for an English client).
  const naming = slashCommands(clientLanguage);
  const check = library.checkQuestion(withoutDiscordMarkup(interaction.options.getString(SPEC.argument.name.en, true)), clientLanguage);
  if (!check.ok) {
    await interaction.reply(privately(notice(withCommandsNamed(check.message, naming))));
    return;
  }
  await interaction.deferReply();
  const started = performance.now();
  const progress = throttleLatest(
    (answerSoFar: string) => interaction.editReply(renderAskProgress(check.question, answerSoFar, check.language)),
    streamIntervalMs,
    (error) => log.warn('could not show the answer so far', { error }),
  );
  const answered = await library.ask(check, { onPartial: (answerSoFar) => progress.push(answerSoFar), maxCitations: CITATIONS_PER_ANSWER }).finally(() => progress.stop());
  const result = askResultNamed(answered, naming);
  const [reply, ...more] = renderAskReply(result, { elapsedMs: performance.now() - started, answerKey: answers.remember(result) });
  await interaction.editReply(reply);
  for (const payload of more) await interaction.followUp(payload);
}

export async function button(interaction: ButtonInteraction, { answers, feedback }: CommandContext): Promise<void> {
  const action = parseAskButton(interaction.customId);
  const entry = action && answers.recall(action.key);
  const strings = stringsFor(entry?.result.language ?? languageOfLocale(interaction.locale));
  const tell = (payload: MessagePayload) => interaction.reply(privately(payload));
  if (!action || !entry) {
    await tell(notice(strings.answerExpired));
    return;
  }
  if (action.action === 'more') {
    const [first, ...rest] = renderAllSources(entry.result);
    await tell(first ?? notice(strings.noSources));
    for (const payload of rest) await interaction.followUp(privately(payload));
    return;
  }
  const voter = feedback.voterHash(interaction.user.id);
  if (entry.voters.has(voter)) {
    await tell(notice(strings.alreadyVoted));
    return;
  }
  entry.voters.add(voter);
  await feedback.record({ result: entry.result, vote: action.vote, userId: interaction.user.id }).catch((error: unknown) => {
    entry.voters.delete(voter);
    throw error;
  });
  await tell(notice(strings.thanksForVote));
}
