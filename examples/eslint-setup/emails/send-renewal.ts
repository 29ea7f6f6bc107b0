declare function sendEmail(message: { to: string; subject: string; body: string }): Promise<void>;

// Copy kept in constants: the plugin follows `subject` and `body` to these declarations.
const subject = 'Your renewal: act now!!';
const body = `Your plan renews next month. Reply with any questions and I will answer them myself.`;

export async function sendRenewal(to: string, vip: boolean): Promise<void> {
  // Each branch of the ternary is copy of its own; the second one reads fine.
  const greeting = vip ? "Don't miss out on this year's price." : 'Hi there,';
  await sendEmail({ to, subject, body: `${greeting}\n\n${body}` });
}
