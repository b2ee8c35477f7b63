import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { LianxiDataProvider } from '../dataProvider/dataProvider';

/**
 * One compliance query through react-query (cached a minute: the figures are computed, not edited here),
 * keyed by its name and arguments.
 */
export function useCompliance<T>(key: readonly unknown[], run: (dp: LianxiDataProvider) => Promise<T>, enabled = true) {
  const dataProvider = useDataProvider<LianxiDataProvider>();
  return useQuery({ queryKey: ['compliance', ...key], queryFn: () => run(dataProvider), enabled, staleTime: 60_000 });
}
