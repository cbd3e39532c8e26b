// The outbox's rows: state, purpose and subject, recipient, times. A failed message shows the
// start of its error at once; "Details" opens the whole error and the text as sent.
import { Badge, Button, Code, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessagesOutboxItemFragment } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';
import { formatDateTime } from '../../app/ui/format';
import { PurposeLabel } from './purpose-label';
import { OutboxStateBadge } from './outbox-state-badge';

export function OutboxTable({ messages }: { messages: MessagesOutboxItemFragment[] }) {
  const { t } = useTranslation('messages');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('outbox.columns.state')}</Table.Th>
            <Table.Th>{t('outbox.columns.message')}</Table.Th>
            <Table.Th>{t('outbox.columns.recipient')}</Table.Th>
            <Table.Th>{t('outbox.columns.when')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('outbox.columns.details')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => (
            <Fragment key={message.id}>
              <OutboxRow message={message} expanded={open.has(message.id)} onToggle={() => toggle(message.id)} />
              {open.has(message.id) && (
                <Table.Tr>
                  <Table.Td colSpan={5} bg="var(--mantine-color-gray-light)">
                    <OutboxDetails message={message} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface OutboxRowProps {
  message: MessagesOutboxItemFragment;
  expanded: boolean;
  onToggle: () => void;
}

function OutboxRow({ message, expanded, onToggle }: OutboxRowProps) {
  const { t } = useTranslation('messages');
  const [locale] = useOrganizerLocale();
  const detailsId = `outbox-details-${message.id}`;
  return (
    <Table.Tr data-testid="outbox-row">
      {/* The state must stay readable on a tablet: the subject gives way instead. */}
      <Table.Td style={{ minWidth: 100 }}>
        <Stack gap={4} align="flex-start">
          <OutboxStateBadge state={message.state} retrying={message.state === 'QUEUED' && message.attempts > 0} />
          {message.attempts > 1 && (
            <Text size="xs" c="dimmed">
              {t('outbox.attempts', { count: message.attempts })}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td maw={360}>
        <PurposeLabel purpose={message.purpose} />
        {message.subject && (
          <Text size="sm" c="dimmed" lineClamp={1}>
            {message.subject}
          </Text>
        )}
        {message.lastError && (
          <Text size="xs" c="red" lineClamp={1} title={message.lastError}>
            {message.lastError}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {message.recipient}
        </Text>
        <Badge size="xs" variant="outline" color="gray">
          {t(`locale.${message.locale === 'zh-CN' ? 'zh-CN' : 'en'}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDateTime(message.sentAt ?? message.createdAt, locale)}</Text>
        <Text size="xs" c="dimmed">
          {message.sentAt ? t('outbox.sent') : message.state === 'QUEUED' ? t('outbox.nextAttempt', { at: formatDateTime(message.sendAfter, locale) }) : t('outbox.created')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Tooltip label={expanded ? t('outbox.hideDetails') : t('outbox.showDetails')} openDelay={400}>
          <Button
            variant="subtle"
            size="xs"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={onToggle}
            leftSection={expanded ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
          >
            {t('outbox.details')}
          </Button>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

function OutboxDetails({ message }: { message: MessagesOutboxItemFragment }) {
  const { t } = useTranslation('messages');
  const [locale] = useOrganizerLocale();
  return (
    <Stack gap="xs" id={`outbox-details-${message.id}`} p="xs">
      {message.lastError && (
        <div>
          <Text size="sm" fw={500}>
            {message.state === 'FAILED' ? t('outbox.failedBecause') : t('outbox.lastAttemptFailed')}
          </Text>
          <Code block c="red" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="outbox-error">
            {message.lastError}
          </Code>
        </div>
      )}
      <Text size="sm" c="dimmed">
        {t('outbox.timeline', {
          created: formatDateTime(message.createdAt, locale),
          count: message.attempts,
        })}
        {message.sentAt && ` ${t('outbox.sentAt', { at: formatDateTime(message.sentAt, locale) })}`}
      </Text>
      {message.body ? (
        <div>
          <Text size="sm" fw={500}>
            {t('outbox.bodyAsSent')}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: 320, overflow: 'auto' }}>
            {message.body}
          </Code>
        </div>
      ) : (
        <Text size="sm" c="dimmed">
          {t('outbox.notRendered')}
        </Text>
      )}
    </Stack>
  );
}
