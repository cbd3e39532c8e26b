// A one-time set-password link, shown once: the API keeps only its hash. The organizer copies it
// into a chat or e-mail; an e-mail with it has also gone to the person.
import { ActionIcon, Alert, CopyButton, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDateTime } from '../../app/ui/format';

export function InvitationLink({ name, url, expiresAt }: { name: string; url: string; expiresAt: string }) {
  const { t } = useTranslation('users');
  const [locale] = useOrganizerLocale();
  return (
    <Alert color="teal" title={t('link.title', { name })} role="status">
      <Text size="sm" mb="xs">
        {t('link.body', { expires: formatDateTime(expiresAt, locale) })}
      </Text>
      <TextInput
        aria-label={t('link.label', { name })}
        value={url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        data-testid="invitation-link"
        rightSection={
          <CopyButton value={url} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('link.copied') : t('link.copy')}>
                <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('link.copy')}>
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        }
      />
    </Alert>
  );
}
