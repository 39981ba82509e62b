// In-app notifications for signed-in staff (assignment, deadlines, escalation, status changes).
// Polls once a minute; opening an item marks it read and goes to its case.
import { ActionIcon, Badge, Button, Group, Indicator, Menu, ScrollArea, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationView } from '@netra/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { useMe } from '../../auth/auth.tsx';

interface NotificationList {
  items: NotificationView[];
  unread: number;
}

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const enabled = !!me && !me.mustChangePassword;
  const list = useQuery({
    queryKey: ['notifications'],
    queryFn: () => api<NotificationList>('/api/notifications'),
    enabled,
    refetchInterval: 60_000,
  });
  const markRead = useMutation({
    mutationFn: (id: string | null) =>
      api(id ? `/api/notifications/${id}/read` : '/api/notifications/read-all', { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
  if (!enabled) return null;
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];
  return (
    <Menu width={340} position="bottom-end" shadow="md">
      <Menu.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} color="red">
          <ActionIcon variant="default" aria-label={t('notifications.title')} data-testid="notification-bell">
            <svg
              width="16"
              height="16"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              aria-hidden
            >
              <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown>
        <Group justify="space-between" px="xs" py={4}>
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          {unread > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => markRead.mutate(null)}>
              {t('notifications.markAll')}
            </Button>
          )}
        </Group>
        <ScrollArea.Autosize mah={360}>
          {items.length === 0 && (
            <Text size="sm" c="dimmed" px="xs" py="sm">
              {t('notifications.empty')}
            </Text>
          )}
          {items.slice(0, 30).map((n) => (
            <Menu.Item
              key={n.id}
              onClick={() => {
                if (!n.readAt) markRead.mutate(n.id);
                if (n.caseId) navigate(`/kasus/${n.caseId}`);
              }}
            >
              <Group gap={6} wrap="nowrap" align="flex-start">
                {!n.readAt && <Badge size="xs" color="red" variant="dot" />}
                <div>
                  <Text size="sm" fw={n.readAt ? 400 : 600}>
                    {n.title}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {n.body}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {new Date(n.createdAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID')}
                  </Text>
                </div>
              </Group>
            </Menu.Item>
          ))}
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}
