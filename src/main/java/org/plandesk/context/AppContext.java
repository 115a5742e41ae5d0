package org.plandesk.context;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.plan.service.CellEditService;
import org.plandesk.plan.service.IndicatorEditService;
import org.plandesk.plan.service.PlanEditService;
import org.plandesk.plan.service.PlanImportService;
import org.plandesk.plan.service.PlanRowLog;
import org.plandesk.plan.service.PlanService;
import org.plandesk.plan.service.SampleContent;
import org.plandesk.plan.service.StructureEditService;
import org.plandesk.plan.store.IndicatorRepository;
import org.plandesk.plan.store.PlanRepository;
import org.plandesk.school.service.BalanceLinkService;
import org.plandesk.school.service.BalanceService;
import org.plandesk.school.service.SchoolImportService;
import org.plandesk.school.service.SchoolRowLog;
import org.plandesk.school.service.SchoolService;
import org.plandesk.school.store.BalanceLinkRepository;
import org.plandesk.school.store.SchoolRepository;
import org.plandesk.school.store.SettingRepository;
import org.plandesk.shared.BulkWriteGuard;
import org.plandesk.shared.Failures;
import org.plandesk.shared.Problem;
import org.plandesk.shared.StorageException;
import org.plandesk.shared.store.ChangeLogRepository;
import org.plandesk.shared.store.RowHistory;
import org.plandesk.workspace.Transactor;
import org.plandesk.workspace.Workspace;
import org.plandesk.workspace.WorkspaceLocations;
import org.plandesk.workspace.WorkspaceUnavailableException;

/**
 * The composition root: builds the services of one open workspace once and hands them out by constructor. There
 * are no singletons; tests build their own context.
 */
public final class AppContext implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AppContext.class.getName());
    private final Workspace workspace;
    private final PlanService planService;
    private final PlanImportService importService;
    private final CellEditService cellEdits;
    private final PlanEditService planEdits;
    private final IndicatorEditService indicatorEdits;
    private final StructureEditService structureEdits;
    private final SchoolService schoolService;
    private final SchoolImportService schoolImports;
    private final BalanceService balance;
    private final BalanceLinkService balanceLinks;

    public AppContext(Workspace workspace, Clock clock, String osUser) {
        this(workspace, clock, osUser, null);
    }

    /**
     * A context whose imports of more than {@value AutomaticBackups#LARGE_IMPORT} values are backed up first by
     * {@code backups} (none when null).
     */
    public AppContext(Workspace workspace, Clock clock, String osUser, AutomaticBackups backups) {
        this.workspace = workspace;
        BulkWriteGuard guard = backups == null
                ? BulkWriteGuard.NONE
                : values -> {
                    try {
                        backups.beforeImport(workspace, values);
                    } catch (IOException e) {
                        throw new StorageException(Problem.of("backup.beforeImportFailed", Failures.reason(e)), e);
                    }
                };
        Transactor tx = new Transactor(workspace.dataSource());
        PlanRepository plans = new PlanRepository();
        IndicatorRepository indicators = new IndicatorRepository();
        ChangeLogRepository changes = new ChangeLogRepository();
        Map<String, RowHistory.Describer> describers = new HashMap<>(PlanRowLog.describers());
        describers.putAll(SchoolRowLog.describers());
        RowHistory history = new RowHistory(tx, workspace.tables(), changes, describers, clock, osUser);
        this.planService = new PlanService(tx, plans, indicators, changes, clock, osUser);
        this.importService = new PlanImportService(tx, history, plans, indicators, planService, guard);
        this.cellEdits = new CellEditService(tx, history, indicators, changes, clock, osUser);
        this.planEdits = new PlanEditService(tx, history, plans, indicators, planService);
        this.indicatorEdits = new IndicatorEditService(history, indicators, plans, planService);
        this.structureEdits = new StructureEditService(history, plans, indicators);
        SchoolRepository schools = new SchoolRepository();
        SettingRepository settings = new SettingRepository();
        this.balanceLinks = new BalanceLinkService(
                tx, history, new BalanceLinkRepository(), schools, settings, indicators, changes, clock, osUser);
        this.schoolService = new SchoolService(tx, history, schools, changes, balanceLinks, clock, osUser);
        this.schoolImports = new SchoolImportService(tx, history, schools, changes, balanceLinks, clock, osUser, guard);
        this.balance = new BalanceService(tx, history, schools, settings, balanceLinks);
    }

    /**
     * Opens a workspace; one that did not exist is created, with the sample content when {@code sampleIfNew}.
     */
    public static AppContext open(Path file, boolean sampleIfNew, Clock clock) throws WorkspaceUnavailableException {
        return open(file, sampleIfNew, clock, null);
    }

    /**
     * Opens as {@link #open(Path, boolean, Clock)} does, with automatic backups (or none when null) before an upgrade
     * and before large imports.
     */
    public static AppContext open(Path file, boolean sampleIfNew, Clock clock, AutomaticBackups backups)
            throws WorkspaceUnavailableException {
        Path base = WorkspaceLocations.base(file);
        if (sampleIfNew
                && WorkspaceLocations.unsafeCharacter(file) < 0
                && !Files.exists(WorkspaceLocations.dataFile(base))) {
            createWithSample(base, clock);
        }
        Workspace ws = Workspace.open(file, backups == null ? null : backups::beforeUpgrade);
        AppContext ctx = new AppContext(ws, clock, System.getProperty("user.name", "?"), backups);
        if (ws.isNew() && sampleIfNew) {
            try {
                new SampleContent(ctx.importService).load();
            } catch (RuntimeException e) {
                ctx.close();
                throw e;
            }
        }
        return ctx;
    }

    /**
     * A new workspace with the sample content is built beside its place and moved there whole, so a crash during the
     * first start never leaves an empty workspace that would open without the sample.
     */
    private static void createWithSample(Path base, Clock clock) throws WorkspaceUnavailableException {
        Path workBase = base.resolveSibling(base.getFileName() + ".creating");
        Path work = WorkspaceLocations.dataFile(workBase);
        try {
            Files.deleteIfExists(work);
            try (AppContext ctx =
                    new AppContext(Workspace.open(workBase), clock, System.getProperty("user.name", "?"))) {
                new SampleContent(ctx.importService).load();
            }
            try (FileChannel ch = FileChannel.open(work, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Path data = WorkspaceLocations.dataFile(base);
            if (!Files.exists(data)) {
                Files.move(work, data, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(work);
            }
        } catch (IOException | RuntimeException e) {
            // nothing half-made stays behind (a full disk, a folder that cannot be written)
            deleteQuietly(work);
            deleteQuietly(workBase.resolveSibling(workBase.getFileName() + ".trace.db"));
            throw WorkspaceUnavailableException.because(WorkspaceLocations.dataFile(base), e, "workspace.cannotCreate");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove " + p, e);
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    public PlanService plans() {
        return planService;
    }

    public PlanImportService imports() {
        return importService;
    }

    public CellEditService cells() {
        return cellEdits;
    }

    public PlanEditService planEdits() {
        return planEdits;
    }

    public IndicatorEditService indicatorEdits() {
        return indicatorEdits;
    }

    public StructureEditService structure() {
        return structureEdits;
    }

    public SchoolService schools() {
        return schoolService;
    }

    public SchoolImportService schoolImports() {
        return schoolImports;
    }

    public BalanceService balance() {
        return balance;
    }

    public BalanceLinkService balanceLinks() {
        return balanceLinks;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
