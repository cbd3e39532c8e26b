// The frame around every signed-in page: the product name and the organization the person works
// for, the pages this role may open, the language switch and the account. On a tablet held
// upright the menu folds behind a button.
import { useQuery } from '@apollo/client/react';
import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustments, IconBuilding, IconCalendarEvent, IconClipboardCheck, IconClockShield, IconDroplet, IconKey, IconLogout, IconMail, IconShieldSearch, IconUsers, IconUsersGroup, IconTrophy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { MeDocument, type Role } from '../../generated/graphql';
import { session } from '../auth/session';
import { ADMIN_ROLES, ORGANIZER_ROLES, READER_ROLES } from '../auth/use-session';
import { LanguageSwitch } from './language-switch';

interface NavItem {
  href: string;
  label: 'nav.drives' | 'nav.desk' | 'nav.teams' | 'nav.messages' | 'nav.users' | 'nav.organizations' | 'nav.privacy' | 'nav.reserve' | 'nav.eligibility' | 'nav.audit' | 'nav.myTeams';
  icon: ReactNode;
  roles: readonly Role[];
}

const NAV: readonly NavItem[] = [
  { href: '/drives', label: 'nav.drives', icon: <IconCalendarEvent size={18} />, roles: READER_ROLES },
  { href: '/desk', label: 'nav.desk', icon: <IconClipboardCheck size={18} />, roles: ['DESK'] },
  { href: '/teams', label: 'nav.teams', icon: <IconUsersGroup size={18} />, roles: READER_ROLES },
  { href: '/messages', label: 'nav.messages', icon: <IconMail size={18} />, roles: READER_ROLES },
  // Health and contact data of people who may be called on: never for team leads or the desk.
  { href: '/reserve', label: 'nav.reserve', icon: <IconDroplet size={18} />, roles: READER_ROLES },
  { href: '/users', label: 'nav.users', icon: <IconUsers size={18} />, roles: ORGANIZER_ROLES },
  { href: '/privacy', label: 'nav.privacy', icon: <IconClockShield size={18} />, roles: ORGANIZER_ROLES },
  // Viewers read the rules their organization's drives apply; organizers change them.
  { href: '/eligibility', label: 'nav.eligibility', icon: <IconAdjustments size={18} />, roles: READER_ROLES },
  { href: '/organizations', label: 'nav.organizations', icon: <IconBuilding size={18} />, roles: ADMIN_ROLES },
  // What organizers did with personal data is for admins to see, not for organizers of each other.
  { href: '/audit', label: 'nav.audit', icon: <IconShieldSearch size={18} />, roles: ADMIN_ROLES },
  { href: '/my-teams', label: 'nav.myTeams', icon: <IconTrophy size={18} />, roles: ['TEAM_LEAD'] },
];

export function navFor(role: Role): readonly NavItem[] {
  return NAV.filter((item) => item.roles.includes(role));
}

export function OrganizerLayout({ role, children }: { role: Role; children: ReactNode }) {
  const { t } = useTranslation('common');
  const [opened, { toggle, close }] = useDisclosure(false);
  const [location] = useLocation();
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'md', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('nav.openMenu')} />
            <Title order={2} size="h4" c="red.8">
              <Link href="/" style={{ color: 'inherit', textDecoration: 'none' }}>
                {t('productName')}
              </Link>
            </Title>
            {data?.me.organization && (
              <Text size="sm" c="dimmed" truncate="end" data-testid="organization-name" visibleFrom="xs">
                {data.me.organization.name}
              </Text>
            )}
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')} component="nav">
        <Stack justify="space-between" h="100%">
          <Stack gap={2}>
            {navFor(role).map((item) => (
              <NavLink
                key={item.href}
                component={Link}
                href={item.href}
                label={t(item.label)}
                leftSection={item.icon}
                active={location === item.href || location.startsWith(`${item.href}/`)}
                onClick={close}
              />
            ))}
          </Stack>
          <Stack gap={4}>
            {data && (
              <Text size="xs" c="dimmed">
                {t('account.signedInAs', { name: data.me.name })} · {t(`roles.${data.me.role}`)}
              </Text>
            )}
            <Button
              component={Link}
              href="/account/password"
              variant="subtle"
              color="gray"
              leftSection={<IconKey size={16} />}
              justify="flex-start"
              onClick={close}
            >
              {t('account.changePassword')}
            </Button>
            <Button variant="subtle" color="gray" leftSection={<IconLogout size={16} />} justify="flex-start" onClick={() => session.end()}>
              {t('account.logOut')}
            </Button>
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>{children}</div>
      </AppShell.Main>
    </AppShell>
  );
}
