package org.rollcall.monitor.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.rollcall.monitor.control.DeviceParser;
import org.rollcall.monitor.control.SessionFilter;
import org.rollcall.monitor.control.SessionSearch;
import org.rollcall.monitor.control.SessionSort;
import org.rollcall.monitor.control.SessionView;
import org.rollcall.sessions.entity.UserSession;

/**
 * The lazy model behind both sessions tables: each page is one query for the rows and one for the count, with
 * the table's sorting and the page's filters applied by the database. Row keys are looked up again under the
 * same filter, so a key posted by a browser can only select a row that table may show.
 */
public class SessionTableModel extends LazyDataModel<SessionView> {

    private static final long serialVersionUID = 1L;

    /** Where the model gets its filter and the current session from: the page's bean. */
    public interface Source extends Serializable {

        SessionFilter filter();

        String currentRowId();

        /** A count the page has already made for this filter, so the table doesn't count the same rows again. */
        default OptionalLong knownCount(SessionFilter filter) {
            return OptionalLong.empty();
        }
    }

    private final SessionSearch search;
    private final DeviceParser devices;
    private final Source source;

    public SessionTableModel(SessionSearch search, DeviceParser devices, Source source) {
        this.search = search;
        this.devices = devices;
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        SessionFilter filter = source.filter();
        return Math.toIntExact(source.knownCount(filter).orElseGet(() -> search.count(filter)));
    }

    @Override
    public List<SessionView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        List<SessionSort> sorts = sortBy.values().stream()
                .sorted(Comparator.comparingInt(SortMeta::getPriority))
                .map(meta -> new SessionSort(meta.getField(), meta.getOrder() == SortOrder.ASCENDING))
                .toList();
        SessionFilter filter = source.filter();
        return search.find(filter, sorts, first, pageSize).stream().map(row -> view(row, filter)).toList();
    }

    @Override
    public String getRowKey(SessionView view) {
        return view.id();
    }

    @Override
    public SessionView getRowData(String rowKey) {
        SessionFilter filter = source.filter();
        return search.findLive(rowKey, filter).map(row -> view(row, filter)).orElse(null);
    }

    private SessionView view(UserSession row, SessionFilter filter) {
        Instant idleSince = filter.idleSince();
        return SessionView.of(row, devices.parse(row.getUserAgent()), idleSince, source.currentRowId());
    }
}
