package org.rollcall.accounts.boundary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.rollcall.accounts.control.AccountFilter;
import org.rollcall.accounts.control.AccountSearch;
import org.rollcall.accounts.control.AccountSort;
import org.rollcall.accounts.control.AccountView;

/** The lazy model behind the Accounts grid: each page is one query for the rows, one for their sessions, one count. */
public class AccountTableModel extends LazyDataModel<AccountView> {

    private static final long serialVersionUID = 1L;

    private final AccountSearch search;
    private final SerializableFilter filter;

    /** Where the model reads the page's current filter from. */
    public interface SerializableFilter extends Supplier<AccountFilter>, java.io.Serializable {
    }

    public AccountTableModel(AccountSearch search, SerializableFilter filter) {
        this.search = search;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(search.count(filter.get()));
    }

    @Override
    public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        List<AccountSort> sorts = sortBy.values().stream()
                .sorted(Comparator.comparingInt(SortMeta::getPriority))
                .map(meta -> new AccountSort(meta.getField(), meta.getOrder() == SortOrder.ASCENDING))
                .toList();
        return search.find(filter.get(), sorts, first, pageSize);
    }

    @Override
    public String getRowKey(AccountView view) {
        return view.getUsername();
    }

    @Override
    public AccountView getRowData(String rowKey) {
        return search.find(rowKey).orElse(null);
    }
}
