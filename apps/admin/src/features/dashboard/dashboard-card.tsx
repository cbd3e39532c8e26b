// One section of the dashboard: a titled card, and for charts a figure whose caption says in
// words what the picture shows (the chart itself is hidden from screen readers; a table or the
// caption carries the numbers).
import { Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface DashboardCardProps {
  title: string;
  /** The heading's id, so the section is named by it. */
  id: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

export function DashboardCard({ title, id, description, actions, children }: DashboardCardProps) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {actions}
      </Group>
      {children}
    </Card>
  );
}

export function ChartFigure({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <Box component="figure" m={0}>
      <div aria-hidden="true">{children}</div>
      <Text component="figcaption" size="sm" c="dimmed" mt="xs">
        {caption}
      </Text>
    </Box>
  );
}
