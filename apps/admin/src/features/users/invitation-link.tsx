// A one-time set-password link, shown once: the API keeps only its hash. The organizer copies it
// into a chat or e-mail; an invitation has also gone to the person by e-mail, a later link has not
// (the owner of an active account is only told that it was made).
import { ActionIcon, Alert, CopyButton, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDateTime } from '../../app/ui/format';

/** invitation: just e-mailed with an invitation; newLink: for an invitation that was lost; resetLink: for an active account. */
export type LinkKind = 'invitation' | 'newLink' | 'resetLink';

export function InvitationLink({ name, url, expiresAt, kind = 'invitation' }: { name: string; url: string; expiresAt: string; kind?: LinkKind }) {
  const { t } = useTranslation('users');
  const [locale] = useOrganizerLocale();
  return (
    <Alert color="teal" title={t(`link.${kind}.title`, { name })} role="status">
      <Text size="sm" mb="xs">
        {t(`link.${kind}.body`, { name, expires: formatDateTime(expiresAt, locale) })}
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
