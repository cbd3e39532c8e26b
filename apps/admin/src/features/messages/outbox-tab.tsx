// The outbox: every message the platform sent or will send, newest first, with its delivery
// state. Filters (state, purpose, recipient) live in the address. While anything on screen is
// still queued the list refreshes itself, so an organizer sees a confirmation go out.
import { ActionIcon, Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconRefresh, IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { isKnownPurpose, isOutboxState, OUTBOX_STATES, PURPOSES } from './message-words';
import { OutboxResults } from './outbox-results';
import { useSearchParamsUpdate } from './use-search-param';

const ALL = 'ALL';

export function OutboxTab() {
  const { t } = useTranslation('messages');
  const [params] = useSearchParams();
  const update = useSearchParamsUpdate();
  const stateParam = params.get('state');
  const state = isOutboxState(stateParam) ? stateParam : null;
  const purposeParam = params.get('purpose');
  const purpose = isKnownPurpose(purposeParam) ? purposeParam : null;
  const recipient = params.get('recipient')?.trim().toLowerCase() ?? '';
  const [typed, setTyped] = useState(recipient);
  const [refreshKey, setRefreshKey] = useState(0);

  const clearFilters = () => {
    setTyped('');
    update({ state: null, purpose: null, recipient: null });
  };

  return (
    <>
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <SegmentedControl
          aria-label={t('outbox.stateFilter')}
          value={state ?? ALL}
          onChange={(value) => update({ state: value === ALL ? null : value })}
          data={[{ value: ALL, label: t('outbox.allStates') }, ...OUTBOX_STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))]}
        />
        <Select
          label={t('outbox.purposeFilter')}
          placeholder={t('outbox.allPurposes')}
          data={PURPOSES.map((p) => ({ value: p, label: t(`purpose.${p}`) }))}
          value={purpose}
          onChange={(value) => update({ purpose: value })}
          clearable
          w={240}
        />
        {/* The API finds a recipient by their whole address, so this searches on Enter, not per key. */}
        <form
          role="search"
          style={{ flex: '1 1 240px' }}
          onSubmit={(event) => {
            event.preventDefault();
            update({ recipient: typed.trim().toLowerCase() || null });
          }}
        >
          <TextInput
            label={t('outbox.recipientFilter')}
            placeholder={t('outbox.recipientPlaceholder')}
            type="email"
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            rightSectionWidth={recipient ? 64 : 32}
            rightSection={
              <Group gap={0} wrap="nowrap">
                {recipient && (
                  <ActionIcon variant="subtle" color="gray" aria-label={t('outbox.clearRecipient')} onClick={() => { setTyped(''); update({ recipient: null }); }}>
                    <IconX size={16} />
                  </ActionIcon>
                )}
                <ActionIcon type="submit" variant="subtle" aria-label={t('outbox.findRecipient')}>
                  <IconSearch size={16} />
                </ActionIcon>
              </Group>
            }
          />
        </form>
        <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setRefreshKey((k) => k + 1)}>
          {t('outbox.refresh')}
        </Button>
      </Group>
      <OutboxResults state={state} purpose={purpose} recipient={recipient} refreshKey={refreshKey} onClearFilters={clearFilters} />
    </>
  );
}
