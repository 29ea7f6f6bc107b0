import { Body, Container, Heading, Html, Preview, Text } from '../components';

export function ThankYou({ firstName }: { firstName: string }) {
  return (
    <Html>
      <Preview>Thanks for showing us around the plant</Preview>
      <Body className="ACT NOW">
        <Container>
          <Heading>Thank you, {firstName ?? 'friend'}</Heading>
          <Text>
            Walking the packaging line with you on Tuesday taught us more than any spec sheet. The
            way your team labels the pallets by shift is something I want to show our engineers.
          </Text>
          <Text>How did the new shift schedule go this week?</Text>
        </Container>
      </Body>
    </Html>
  );
}
