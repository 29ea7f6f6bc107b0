/**
 * Hashes of addresses for suppression lists: enough to recognise an erased person who comes back
 * (so their opt-out survives erasure, GDPR Art. 17 and 21), never enough to read who they were.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** What an identifier is: the normalisation differs. */
export type IdentifierKind = 'email' | 'phone';

/** Lowercases and trims an email address; keeps only `+` and digits of a phone number. */
export function normalizeIdentifier(kind: IdentifierKind, value: string): string {
  return kind === 'email'
    ? `email:${value.trim().toLowerCase()}`
    : `phone:${value.replace(/[^\d+]/gu, '')}`;
}

/**
 * The suppression hash of an email address or phone number: `sha256:` and 64 hex digits.
 *
 * @example
 * hashIdentifier('email', ' Maria.Lopez@Clinic.example '); // same as for 'maria.lopez@clinic.example'
 */
export function hashIdentifier(kind: IdentifierKind, value: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(normalizeIdentifier(kind, value))))}`;
}
