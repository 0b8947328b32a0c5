/**
 * Identifiers shaped like Discord's: snowflakes (17–19 digits, time-ordered, which @discordjs/rest relies on to
 * spot major parameters in routes) and opaque tokens for sessions and interactions.
 */
import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH_MS = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake for the current time; unique within this process. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH_MS) << 22n) | increment).toString();
}

/** A random URL-safe token, as Discord uses for interaction tokens and session ids. */
export function opaqueToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}
