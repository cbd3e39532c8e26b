// Placeholder: replaced by the feature's real page.
import { PageHeader } from '../ui/page-header';

export function DriveDashboardPage({ id }: { id: string }) {
  return <PageHeader title={`Dashboard ${id}`} />;
}
