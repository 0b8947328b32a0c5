/**
 * Discord's size limits for one message, as documented in the API reference (Message and Embed
 * objects). Everything the bot sends is built to stay inside them; Discord rejects a message that
 * exceeds any of them.
 */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** Sum of every embed's title, description, field names and values, footer text and author name. */
  embedsTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
