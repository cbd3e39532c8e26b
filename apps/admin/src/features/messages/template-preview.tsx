// One template in one language. The HTML body is the platform's own, but it carries sample data
// and may one day carry organizers' words: it renders in a sandboxed frame (no scripts, no
// same-origin access to the app's session), never into the app's own page.
import { Badge, Card, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessagesPreviewsQuery } from '../../generated/graphql';
import { isKnownPurpose } from './message-words';

export type PreviewView = 'html' | 'text';
type Preview = MessagesPreviewsQuery['messagePreviews'][number];

export function TemplatePreview({ preview, view }: { preview: Preview; view: PreviewView }) {
  const { t } = useTranslation('messages');
  const language = t(`locale.${preview.locale === 'zh-CN' ? 'zh-CN' : 'en'}`);
  const name = isKnownPurpose(preview.purpose) ? t(`purpose.${preview.purpose}`) : preview.purpose;
  return (
    <Card withBorder padding="md" component="section" aria-label={t('templates.previewLabel', { name, language })}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('templates.subject')}
          </Text>
          <Badge variant="light" color="gray">
            {language}
          </Badge>
        </Group>
        <Text fw={600} data-testid="preview-subject">
          {preview.subject}
        </Text>
        {view === 'html' ? (
          <iframe
            sandbox=""
            srcDoc={preview.html}
            title={t('templates.htmlFrame', { name, language })}
            lang={preview.locale}
            style={{ width: '100%', height: 520, border: '1px solid var(--mantine-color-default-border)', borderRadius: 4, background: '#fff' }}
          />
        ) : (
          <Code block lang={preview.locale} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', minHeight: 200 }}>
            {preview.text}
          </Code>
        )}
      </Stack>
    </Card>
  );
}
