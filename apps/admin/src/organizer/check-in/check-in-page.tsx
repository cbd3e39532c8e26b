// Placeholder: replaced by the feature's real page.
import { PageHeader } from '../ui/page-header';

export function CheckInPage({ id }: { id: string }) {
  return <PageHeader title={`Check-in ${id}`} />;
}
