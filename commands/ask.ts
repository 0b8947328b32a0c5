/**
 * /ask question: acknowledged at once (deferred), then answered by the library. With an LLM the
 * answer is edited in as it is written, at most once per `streamIntervalMs`, and the final edit adds
 * the citations. Its buttons show every source in full, or record a 👍/👎 vote.
 */
import { ApplicationIntegrationType, InteractionContextType, MessageFlags, SlashCommandBuilder, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.js';
import { parseAskButton } from '../src/discord/custom-ids.js';
import { localisations } from '../src/discord/localise.js';
import { renderAllSources, renderAskProgress, renderAskReply } from '../src/discord/render/ask.js';
import { notice, type MessagePayload } from '../src/discord/render/payload.js';
import { COMMAND_TEXTS, languageOfLocale, stringsFor } from '../src/discord/render/strings.js';
import { throttleLatest } from '../src/discord/throttle.js';

const TEXT = COMMAND_TEXTS.ask;
/** The longest question Discord lets a user type here. */
const MAX_QUESTION = 1000;

export const data = new SlashCommandBuilder()
  .setName(TEXT.name.en)
  .setNameLocalizations(localisations(TEXT.name))
  .setDescription(TEXT.description.en)
  .setDescriptionLocalizations(localisations(TEXT.description))
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addStringOption((option) =>
    option
      .setName(TEXT.question.name.en)
      .setNameLocalizations(localisations(TEXT.question.name))
      .setDescription(TEXT.question.description.en)
      .setDescriptionLocalizations(localisations(TEXT.question.description))
      .setRequired(true)
      .setMaxLength(MAX_QUESTION),
  );

export async function execute(interaction: ChatInputCommandInteraction, { library, answers, log, streamIntervalMs }: CommandContext): Promise<void> {
  const check = library.checkQuestion(interaction.options.getString(TEXT.question.name.en, true));
  if (!check.ok) {
    await interaction.reply({ ...notice(check.message), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply();
  const started = performance.now();
  const progress = throttleLatest(
    (answerSoFar: string) => interaction.editReply(renderAskProgress(check.question, answerSoFar, check.language)),
    streamIntervalMs,
    (error) => log.warn('could not show the answer so far', { error }),
  );
  const result = await library.ask(check.question, { onPartial: (answerSoFar) => progress.push(answerSoFar) }).finally(() => progress.stop());
  const [reply, ...more] = renderAskReply(result, { elapsedMs: performance.now() - started, answerKey: answers.remember(result) });
  await interaction.editReply(reply);
  for (const payload of more) await interaction.followUp(payload);
}

export async function button(interaction: ButtonInteraction, { answers, feedback }: CommandContext): Promise<void> {
  const action = parseAskButton(interaction.customId);
  const entry = action && answers.recall(action.key);
  const strings = stringsFor(entry?.result.language ?? languageOfLocale(interaction.locale));
  const tell = (payload: MessagePayload) => interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
  if (!action || !entry) {
    await tell(notice(strings.answerExpired));
    return;
  }
  if (action.action === 'more') {
    const [first, ...rest] = renderAllSources(entry.result);
    await tell(first ?? notice(strings.noSources));
    for (const payload of rest) await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
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
