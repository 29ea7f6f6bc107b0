declare function sendEmail(message: { to: string; subject: string; body: string }): Promise<void>;

export async function sendFollowUp(to: string, name: string): Promise<void> {
  await sendEmail({
    to,
    subject: 'URGENT: your trial ends today',
    body: `Hi ${name ?? 'there'},\n\nJust bumping this to the top of your inbox. Act now before it's too late!!`,
  });
}
