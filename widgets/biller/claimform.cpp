// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimform.h"
#include "domain/codeentry.h"
#include "domain/money.h"
#include "itemmodels/claimlistmodel.h"
#include "services/claimservice.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QStyle>
#include <QSplitter>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

namespace {
constexpr int kMaxDiagnoses = 12;

QString letter(int position)
{
    return ClaimLineModel::pointerLetters({position});
}
} // namespace

ClaimForm::ClaimForm(ClaimService &claims, QWidget *parent) : QWidget(parent), m_claims(claims)
{
    setObjectName(QStringLiteral("claimForm"));
    // Grey that still reads at 4.5:1 on the window colour of light and dark palettes.
    m_captionColor = palette().color(QPalette::Window).lightness() < 128 ? QColor(0xb4, 0xb4, 0xb4)
                                                                         : QColor(0x5c, 0x5c, 0x5c);
    buildUi();
    clear();
}

QGroupBox *ClaimForm::group(const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    (*form)->setVerticalSpacing(6);
    return box;
}

QLabel *ClaimForm::valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *ClaimForm::sourceCaption(const QString &sourceName)
{
    auto *caption = new QLabel;
    caption->setObjectName(QStringLiteral("%1Source").arg(sourceName));
    caption->setWordWrap(true);
    caption->setTextFormat(Qt::PlainText);
    QFont small = caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    caption->setFont(small);
    QPalette p = caption->palette();
    p.setColor(QPalette::WindowText, m_captionColor);
    caption->setPalette(p);
    caption->hide();
    m_sources.insert(sourceName, caption);
    return caption;
}

QLabel *ClaimForm::valueRow(QFormLayout *form, const QString &label, const QString &objectName,
                            const QString &sourceName)
{
    QLabel *value = valueLabel(objectName);
    addRow(form, label, value, sourceName);
    return value;
}

QPushButton *ClaimForm::button(const QString &text, const QString &objectName,
                               const QString &toolTip)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setToolTip(toolTip);
    b->setAutoDefault(false);
    return b;
}

QLabel *ClaimForm::addRow(QFormLayout *form, const QString &label, QWidget *value,
                          const QString &sourceName)
{
    auto *cell = new QWidget;
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(1);
    box->addWidget(value);
    QLabel *caption = sourceName.isEmpty() ? nullptr : sourceCaption(sourceName);
    if (caption)
        box->addWidget(caption);
    auto *name = new QLabel(label);
    name->setBuddy(value);
    form->addRow(name, cell);
    return caption;
}

void ClaimForm::buildUi()
{
    auto *sections = new QWidget;
    sections->setObjectName(QStringLiteral("claimSections"));
    auto *layout = new QVBoxLayout(sections);

    QFormLayout *form = nullptr;
    auto *payerBox = group(tr("Payer and insured (boxes 1–7, 11)"), &form);
    payerBox->setObjectName(QStringLiteral("payerGroup"));
    m_coverage = new QComboBox;
    m_coverage->setObjectName(QStringLiteral("coverageCombo"));
    m_coverage->setAccessibleName(tr("Coverage the claim goes to"));
    m_coverage->setToolTip(tr("Bill another of the patient's coverages, or the patient"));
    addRow(form, tr("&Coverage"), m_coverage, QLatin1String(claimfield::Payer));
    m_payer = valueRow(form, tr("Payer"), QStringLiteral("payerValue"));
    m_memberId = valueRow(form, tr("Insured's ID (1a)"), QStringLiteral("memberIdValue"));
    m_insured = valueRow(form, tr("Insured (4)"), QStringLiteral("insuredValue"),
                         QLatin1String(claimfield::Subscriber));
    m_insuredBirth = valueRow(form, tr("Birth date, sex (11a)"),
                              QStringLiteral("insuredBirthValue"));
    m_insuredAddress = valueRow(form, tr("Address (7)"), QStringLiteral("insuredAddressValue"));
    m_relationship = valueRow(form, tr("Relationship (6)"), QStringLiteral("relationshipValue"));

    auto *patientBox = group(tr("Patient (boxes 2, 3, 5)"), &form);
    patientBox->setObjectName(QStringLiteral("patientGroup"));
    m_patient = valueRow(form, tr("Name (2)"), QStringLiteral("patientValue"),
                         QLatin1String(claimfield::Patient));
    m_patientBirth = valueRow(form, tr("Birth date, sex (3)"), QStringLiteral("patientBirthValue"));
    m_patientAddress = valueRow(form, tr("Address (5)"), QStringLiteral("patientAddressValue"));

    auto *claimBox = group(tr("Claim (boxes 22, 23, 26, 28)"), &form);
    claimBox->setObjectName(QStringLiteral("claimGroup"));
    m_controlNumber = valueRow(form, tr("Patient control no. (26)"),
                               QStringLiteral("controlNumberValue"));
    m_frequency = valueRow(form, tr("Frequency (22)"), QStringLiteral("frequencyValue"),
                           QLatin1String(claimfield::Frequency));
    m_original = valueRow(form, tr("Original ref. no. (22)"), QStringLiteral("originalValue"));
    m_originalLabel = qobject_cast<QLabel *>(form->labelForField(m_original->parentWidget()));
    m_payerClaimNumber = valueRow(form, tr("Payer's claim no."),
                                  QStringLiteral("payerClaimNumberValue"));
    m_placeOfService = new QComboBox;
    m_placeOfService->setObjectName(QStringLiteral("placeOfServiceCombo"));
    m_placeOfService->setAccessibleName(tr("Place of service"));
    for (const auto &[code, name] : claimtext::placesOfService())
        m_placeOfService->addItem(QStringLiteral("%1 — %2").arg(code, name), code);
    addRow(form, tr("&Place of service (24B)"), m_placeOfService,
           QLatin1String(claimfield::PlaceOfService));
    m_priorAuth = new QLineEdit;
    m_priorAuth->setObjectName(QStringLiteral("priorAuthEdit"));
    m_priorAuth->setAccessibleName(tr("Prior authorization number"));
    m_priorAuth->setPlaceholderText(tr("None"));
    m_priorAuth->setMaxLength(50);
    addRow(form, tr("Prior &authorization (23)"), m_priorAuth,
           QLatin1String(claimfield::PriorAuthorization));
    m_total = valueRow(form, tr("Total charge (28)"), QStringLiteral("totalValue"));

    auto *dxBox = new QGroupBox(tr("Diagnoses (box 21)"));
    dxBox->setObjectName(QStringLiteral("diagnosesGroup"));
    auto *dxLayout = new QVBoxLayout(dxBox);
    m_dxList = new QListWidget;
    m_dxList->setObjectName(QStringLiteral("diagnosisList"));
    m_dxList->setAccessibleName(tr("Diagnoses, principal first"));
    m_dxList->setToolTip(tr("A is the principal diagnosis. Ctrl+Up and Ctrl+Down reorder, "
                            "Delete removes"));
    m_dxList->installEventFilter(this);
    dxLayout->addWidget(m_dxList, 1);
    dxLayout->addWidget(sourceCaption(QLatin1String(claimfield::Diagnoses)));
    auto *dxRow = new QHBoxLayout;
    m_dxInput = new QLineEdit;
    m_dxInput->setObjectName(QStringLiteral("diagnosisInput"));
    m_dxInput->setAccessibleName(tr("Diagnosis code to add"));
    m_dxInput->setPlaceholderText(tr("Add a code, e.g. E11.9"));
    m_dxInput->setMaxLength(9);
    m_dxAdd = button(tr("Add"), QStringLiteral("addDiagnosisButton"),
                     tr("Add the code as the last diagnosis (Enter)"));
    m_dxRemove = button(tr("Remove"), QStringLiteral("removeDiagnosisButton"),
                        tr("Remove the selected diagnosis; lines pointing to it lose the "
                           "pointer (Delete)"));
    m_dxUp = new QToolButton;
    m_dxUp->setObjectName(QStringLiteral("diagnosisUpButton"));
    m_dxUp->setArrowType(Qt::UpArrow);
    m_dxUp->setAccessibleName(tr("Move up"));
    m_dxUp->setToolTip(tr("Move the selected diagnosis up (Ctrl+Up)"));
    m_dxDown = new QToolButton;
    m_dxDown->setObjectName(QStringLiteral("diagnosisDownButton"));
    m_dxDown->setArrowType(Qt::DownArrow);
    m_dxDown->setAccessibleName(tr("Move down"));
    m_dxDown->setToolTip(tr("Move the selected diagnosis down (Ctrl+Down)"));
    dxRow->addWidget(m_dxInput, 1);
    dxRow->addWidget(m_dxAdd);
    dxLayout->addLayout(dxRow);
    auto *dxMove = new QHBoxLayout;
    dxMove->addWidget(m_dxUp);
    dxMove->addWidget(m_dxDown);
    dxMove->addStretch(1);
    dxMove->addWidget(m_dxRemove);
    dxLayout->addLayout(dxMove);

    auto *linesBox = new QGroupBox(tr("Service lines (box 24)"));
    linesBox->setObjectName(QStringLiteral("linesGroup"));
    auto *linesLayout = new QVBoxLayout(linesBox);
    m_lineModel = new ClaimLineModel(this);
    m_lineModel->setSourceColor(m_captionColor);
    m_lineModel->setFeeLookup([this](const QString &code, const QDate &date) {
        auto fee = m_claims.feeFor(m_record.payerId, code, date);
        return fee ? fee.value() : std::nullopt;
    });
    m_lineTable = new QTableView;
    m_lineTable->setObjectName(QStringLiteral("linesTable"));
    m_lineTable->setAccessibleName(tr("Service lines"));
    m_lineTable->setModel(m_lineModel);
    m_lineTable->verticalHeader()->setToolTip(tr("Line number"));
    m_lineTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lineTable->horizontalHeader()->setStretchLastSection(true);
    m_lineTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lineTable->setMinimumHeight(130);
    m_lineTable->setTabKeyNavigation(false);
    linesLayout->addWidget(m_lineTable);
    auto *lineButtons = new QHBoxLayout;
    m_lineAdd = button(tr("Add line"), QStringLiteral("addLineButton"),
                       tr("Add a service line on the date of service; type its code"));
    m_lineRemove = button(tr("Remove line"), QStringLiteral("removeLineButton"),
                          tr("Remove the selected service line"));
    lineButtons->addWidget(m_lineAdd);
    lineButtons->addWidget(m_lineRemove);
    lineButtons->addStretch(1);
    linesLayout->addLayout(lineButtons);

    auto *providerBox = group(tr("Providers (boxes 24J, 25, 33)"), &form);
    providerBox->setObjectName(QStringLiteral("providersGroup"));
    m_rendering = new QComboBox;
    m_rendering->setObjectName(QStringLiteral("renderingProviderCombo"));
    m_rendering->setAccessibleName(tr("Rendering provider"));
    addRow(form, tr("&Rendering (24J)"), m_rendering,
           QLatin1String(claimfield::RenderingProvider));
    m_billing = valueLabel(QStringLiteral("billingProviderValue"));
    addRow(form, tr("Billing provider (33)"), m_billing,
           QLatin1String(claimfield::BillingProvider));
    m_billingIds = valueRow(form, tr("NPI, tax ID (33a, 25)"), QStringLiteral("billingIdsValue"));
    m_billingAddress = valueRow(form, tr("Address (33)"), QStringLiteral("billingAddressValue"));

    auto row = [layout](QWidget *a, QWidget *b, int stretchA = 1, int stretchB = 1) {
        auto *h = new QHBoxLayout;
        h->addWidget(a, stretchA);
        h->addWidget(b, stretchB);
        layout->addLayout(h);
    };
    row(payerBox, patientBox, 3, 2);
    row(claimBox, dxBox, 3, 2);
    layout->addWidget(linesBox);
    layout->addWidget(providerBox);
    layout->addStretch(1);

    // Under the sections: the scrubber's findings and the claim's history.
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("claimTabs"));
    m_findingList = new QListWidget;
    m_findingList->setObjectName(QStringLiteral("claimFindings"));
    m_findingList->setAccessibleName(tr("Findings of the scrubber"));
    m_findingList->setWordWrap(true);
    m_findingList->setAlternatingRowColors(true);
    m_tabs->addTab(m_findingList, QString());
    m_eventModel = new ClaimEventModel(this);
    m_events = new QTableView;
    m_events->setObjectName(QStringLiteral("claimEvents"));
    m_events->setAccessibleName(tr("History of the claim"));
    m_events->setModel(m_eventModel);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs->addTab(m_events, QString());

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("claimHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    outer->addWidget(m_header);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("claimDetailSplitter"));
    split->setChildrenCollapsible(false);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("claimScroll"));
    scroll->setWidget(sections);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    split->addWidget(scroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    outer->addWidget(split, 1);
    connect(m_findingList, &QListWidget::currentRowChanged, this, &ClaimForm::findingSelected);

    // Long coverage, place and provider names must not widen the form past the screen.
    for (QComboBox *combo : {m_coverage, m_placeOfService, m_rendering}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumWidth(140);
    }
    connect(m_coverage, &QComboBox::currentIndexChanged, this, &ClaimForm::changed);
    connect(m_rendering, &QComboBox::currentIndexChanged, this, &ClaimForm::changed);
    connect(m_placeOfService, &QComboBox::currentIndexChanged, this, [this] {
        m_lineModel->setPlaceOfService(m_placeOfService->currentData().toString());
        changed();
    });
    connect(m_priorAuth, &QLineEdit::textEdited, this, &ClaimForm::changed);
    connect(m_dxInput, &QLineEdit::returnPressed, this, &ClaimForm::addDiagnosis);
    connect(m_dxAdd, &QPushButton::clicked, this, &ClaimForm::addDiagnosis);
    connect(m_dxRemove, &QPushButton::clicked, this, &ClaimForm::removeDiagnosis);
    connect(m_dxUp, &QToolButton::clicked, this, [this] { moveDiagnosis(-1); });
    connect(m_dxDown, &QToolButton::clicked, this, [this] { moveDiagnosis(1); });
    connect(m_dxList, &QListWidget::currentRowChanged, this, &ClaimForm::updateEditors);
    connect(m_lineModel, &ClaimLineModel::linesEdited, this, &ClaimForm::changed);
    connect(m_lineModel, &ClaimLineModel::inputRefused, this, &ClaimForm::inputRefused);
    connect(m_lineTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ClaimForm::updateEditors);
    connect(m_lineAdd, &QPushButton::clicked, this, &ClaimForm::addLine);
    connect(m_lineRemove, &QPushButton::clicked, this, &ClaimForm::removeLine);
}

void ClaimForm::setProviders(const QList<ProviderRecord> &providers)
{
    m_loading = true;
    m_rendering->clear();
    for (const ProviderRecord &p : providers)
        m_rendering->addItem(tr("%1 — NPI %2").arg(p.displayName(), p.npi), p.id);
    m_loading = false;
}

void ClaimForm::clear()
{
    m_loading = true;
    m_record = {};
    m_diagnoses.clear();
    m_lineModel->setLines({}, {});
    m_coverage->clear();
    m_priorAuth->clear();
    m_dxList->clear();
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QLatin1String("Value")))
            label->clear();
    }
    for (QLabel *caption : std::as_const(m_sources))
        caption->hide();
    m_editable = false;
    m_modified = false;
    m_loading = false;
    showFindings({});
    showEvents({});
    updateEditors();
    updateHeader();
}

void ClaimForm::setClaim(const ClaimRecord &claim, const QList<CoverageOption> &coverages,
                         bool editable)
{
    m_loading = true;
    m_record = claim;
    m_editable = editable;
    m_diagnoses = claim.document.diagnoses;
    QList<ClaimLine> lines;
    QStringList sources;
    for (const ClaimLineRecord &l : claim.lines) {
        lines.append(l.line);
        sources.append(claim.sources.value(claimfield::lineCharge(l.lineNo)));
    }
    m_lineModel->setEditable(editable);
    m_lineModel->setLines(lines, sources);

    m_coverage->clear();
    for (const CoverageOption &c : coverages)
        m_coverage->addItem(claimtext::coverage(c), c.id);
    if (claim.coverageId != 0 && m_coverage->findData(claim.coverageId) < 0)
        m_coverage->addItem(tr("%1, member %2").arg(claim.document.payer.name,
                                                    claim.document.subscriber.memberId),
                            claim.coverageId);
    m_coverage->addItem(tr("Self-pay — bill the patient, no claim to a payer"), qint64(0));
    m_coverage->setCurrentIndex(m_coverage->findData(claim.coverageId));

    if (claim.renderingProviderId != 0 && m_rendering->findData(claim.renderingProviderId) < 0)
        m_rendering->addItem(tr("%1, %2 — NPI %3")
                                     .arg(claim.document.renderingProvider.lastName,
                                          claim.document.renderingProvider.firstName,
                                          claim.document.renderingProvider.npi),
                             claim.renderingProviderId);
    m_rendering->setCurrentIndex(m_rendering->findData(claim.renderingProviderId));

    const QString pos = claim.document.placeOfService;
    if (!pos.isEmpty() && m_placeOfService->findData(pos) < 0)
        m_placeOfService->addItem(pos, pos);
    m_placeOfService->setCurrentIndex(m_placeOfService->findData(pos));
    m_priorAuth->setText(claim.document.priorAuthorization);
    m_dxInput->clear();

    m_lineModel->setPlaceOfService(m_placeOfService->currentData().toString());
    showDocument(claim);
    renumberDiagnoses();
    m_loading = false;
    m_modified = false;
    showFindings(claim.findings);
    showEvents(claim.events);
    updateEditors();
    updateHeader();
}

void ClaimForm::showPreview(const ClaimRecord &preview)
{
    // Keep the version the edit started from: the save checks it.
    const int version = m_record.summary.version;
    const ClaimState state = m_record.summary.state;
    m_record = preview;
    m_record.summary.version = version;
    m_record.summary.state = state;
    QStringList sources;
    for (int i = 0; i < m_lineModel->rowCount(); ++i)
        sources.append(preview.sources.value(claimfield::lineCharge(i + 1)));
    m_lineModel->setChargeSources(sources);
    showDocument(m_record);
    showFindings(preview.findings);
    updateHeader();
}

void ClaimForm::setSource(QLabel *caption, const QString &text)
{
    if (!caption)
        return;
    caption->setText(text);
    caption->setVisible(!text.isEmpty());
}

void ClaimForm::showDocument(const ClaimRecord &claim)
{
    const ClaimDocument &d = claim.document;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        setSource(it.value(), claim.sources.value(it.key()));

    if (claim.payerId == 0) {
        m_payer->setText(tr("Self-pay: the patient is billed"));
    } else {
        m_payer->setText(d.payer.id.isEmpty()
                                 ? d.payer.name
                                 : tr("%1 — payer ID %2").arg(d.payer.name, d.payer.id));
    }
    const Subscriber &s = d.subscriber;
    m_memberId->setText(s.memberId.isEmpty() ? tr("—") : s.memberId);
    m_insured->setText(claimtext::person(s.lastName, s.firstName));
    m_insuredBirth->setText(tr("%1, %2").arg(claimtext::date(s.birthDate), claimtext::sex(s.sex)));
    m_insuredAddress->setText(claimtext::address(s.address));
    m_relationship->setText(claimtext::relationship(s.relationship));
    if (d.patient) {
        m_patient->setText(claimtext::person(d.patient->lastName, d.patient->firstName));
        m_patientBirth->setText(tr("%1, %2").arg(claimtext::date(d.patient->birthDate),
                                                 claimtext::sex(d.patient->sex)));
        m_patientAddress->setText(claimtext::address(d.patient->address));
    } else {
        // The patient is the insured: one person, shown in both places as on the paper form.
        m_patient->setText(s.lastName.isEmpty() ? claim.summary.patientName
                                                : claimtext::person(s.lastName, s.firstName));
        m_patientBirth->setText(m_insuredBirth->text());
        m_patientAddress->setText(m_insuredAddress->text());
    }

    m_controlNumber->setText(claim.summary.patientControlNumber);
    const QString freq = d.frequency.isEmpty() ? claim.summary.frequency : d.frequency;
    m_frequency->setText(claimtext::frequency(freq));
    const bool correction = freq == QLatin1String("7") || freq == QLatin1String("8");
    m_original->setText(tr("%1 (our claim %2)")
                                .arg(d.originalClaimNumber.isEmpty() ? tr("—")
                                                                     : d.originalClaimNumber,
                                     claim.originalPatientControlNumber));
    m_original->parentWidget()->setVisible(correction);
    if (m_originalLabel)
        m_originalLabel->setVisible(correction);
    m_payerClaimNumber->setText(claim.payerClaimNumber.isEmpty()
                                        ? tr("None yet: the payer numbers the claim when it "
                                             "accepts it")
                                        : claim.payerClaimNumber);

    const BillingProvider &b = d.billingProvider;
    m_billing->setText(b.name);
    QString tax = b.taxId;
    if (tax.size() == 9)
        tax.insert(2, QLatin1Char('-'));
    m_billingIds->setText(tr("NPI %1 · tax ID %2 · taxonomy %3")
                                  .arg(b.npi, tax.isEmpty() ? tr("—") : tax,
                                       b.taxonomy.isEmpty() ? tr("—") : b.taxonomy));
    m_billingAddress->setText(claimtext::address(b.address));
    updateTotal();
}

void ClaimForm::addLine()
{
    if (!m_editable)
        return;
    ClaimLine l;
    l.serviceDate = m_record.summary.dateOfService.isValid() ? m_record.summary.dateOfService
                                                             : m_record.document.firstServiceDate();
    if (!m_diagnoses.isEmpty())
        l.pointers = {1};
    m_lineModel->appendLine(l);
    const QModelIndex code = m_lineModel->index(m_lineModel->rowCount() - 1,
                                                int(ClaimLineModel::Column::Code));
    m_lineTable->setCurrentIndex(code);
    m_lineTable->setFocus();
    m_lineTable->edit(code);
}

void ClaimForm::removeLine()
{
    const int row = m_lineTable->currentIndex().row();
    if (m_editable && row >= 0 && m_lineModel->rowCount() > 1)
        m_lineModel->removeLine(row);
}

void ClaimForm::renumberDiagnoses()
{
    const int current = m_dxList->currentRow();
    m_dxList->clear();
    for (int i = 0; i < m_diagnoses.size(); ++i) {
        const QString code = displayCode(CodeKind::Icd10Cm, m_diagnoses.at(i));
        auto *item = new QListWidgetItem(i == 0 ? tr("%1   %2   principal").arg(letter(1), code)
                                                : QStringLiteral("%1   %2").arg(letter(i + 1),
                                                                               code),
                                         m_dxList);
        item->setData(Qt::UserRole, m_diagnoses.at(i));
        if (i == 0) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (current >= 0 && current < m_dxList->count())
        m_dxList->setCurrentRow(current);
}

void ClaimForm::addDiagnosis()
{
    if (!m_editable)
        return;
    const QString typed = m_dxInput->text().trimmed();
    const QString code = normalizedCode(typed);
    if (code.isEmpty())
        return;
    static const QRegularExpression form(QStringLiteral("^[A-Z][0-9][0-9A-Z]{1,5}$"));
    if (!form.match(code).hasMatch()) {
        emit inputRefused(tr("“%1” is not an ICD-10-CM code: a letter, two characters, then up "
                             "to four more, e.g. E11.9.")
                                  .arg(typed));
        return;
    }
    if (const int at = int(m_diagnoses.indexOf(code)); at >= 0) {
        emit inputRefused(tr("%1 is already diagnosis %2.")
                                  .arg(displayCode(CodeKind::Icd10Cm, code), letter(at + 1)));
        return;
    }
    if (m_diagnoses.size() >= kMaxDiagnoses) {
        emit inputRefused(tr("A claim holds at most 12 diagnoses (A–L)."));
        return;
    }
    m_diagnoses.append(code);
    m_dxInput->clear();
    renumberDiagnoses();
    m_dxList->setCurrentRow(int(m_diagnoses.size()) - 1);
    changed();
}

void ClaimForm::removeDiagnosis()
{
    const int row = m_dxList->currentRow();
    if (!m_editable || row < 0 || row >= m_diagnoses.size())
        return;
    const QStringList before = m_diagnoses;
    m_diagnoses.removeAt(row);
    m_lineModel->remapPointers(before, m_diagnoses);
    renumberDiagnoses();
    m_dxList->setCurrentRow(std::min(row, int(m_diagnoses.size()) - 1));
    changed();
}

void ClaimForm::moveDiagnosis(int delta)
{
    const int row = m_dxList->currentRow();
    const int target = row + delta;
    if (!m_editable || row < 0 || target < 0 || target >= m_diagnoses.size())
        return;
    const QStringList before = m_diagnoses;
    m_diagnoses.move(row, target);
    m_lineModel->remapPointers(before, m_diagnoses);
    renumberDiagnoses();
    m_dxList->setCurrentRow(target);
    changed();
}

void ClaimForm::updateTotal()
{
    m_total->setText(Money::fromCents(m_lineModel->totalChargeCents()).toDisplayString());
    updateHeader();
}

void ClaimForm::updateEditors()
{
    const bool has = m_record.summary.id != 0;
    const bool edit = has && m_editable;
    m_coverage->setEnabled(edit);
    m_rendering->setEnabled(edit);
    m_placeOfService->setEnabled(edit);
    m_priorAuth->setReadOnly(!edit);
    m_dxInput->setVisible(edit);
    m_dxAdd->setVisible(edit);
    m_dxRemove->setVisible(edit);
    m_dxUp->setVisible(edit);
    m_dxDown->setVisible(edit);
    m_lineAdd->setVisible(edit);
    m_lineRemove->setVisible(edit);
    const int dx = m_dxList->currentRow();
    m_dxAdd->setEnabled(m_diagnoses.size() < kMaxDiagnoses);
    m_dxInput->setEnabled(m_diagnoses.size() < kMaxDiagnoses);
    m_dxInput->setToolTip(m_diagnoses.size() < kMaxDiagnoses
                                  ? tr("Type a code and press Enter")
                                  : tr("A claim holds at most 12 diagnoses (A–L)"));
    m_dxRemove->setEnabled(dx >= 0);
    m_dxUp->setEnabled(dx > 0);
    m_dxDown->setEnabled(dx >= 0 && dx + 1 < m_diagnoses.size());
    const int lines = m_lineModel->rowCount();
    m_lineRemove->setEnabled(m_lineTable->currentIndex().isValid() && lines > 1);
    m_lineRemove->setToolTip(lines > 1
                                     ? tr("Remove the selected service line")
                                     : tr("A claim keeps at least one line; to cancel the "
                                          "claim, void it once the payer has it"));
    m_lineTable->setEditTriggers(edit ? QAbstractItemView::AllEditTriggers
                                      : QAbstractItemView::NoEditTriggers);
}

void ClaimForm::changed()
{
    if (m_loading)
        return;
    updateTotal();
    updateEditors();
    emit edited();
}

void ClaimForm::showFindings(const QList<StoredFinding> &found)
{
    const auto was = selectedFinding();
    m_findings = found;
    m_findingList->clear();
    int errors = 0;
    for (const StoredFinding &sf : found) {
        errors += sf.blocks() ? 1 : 0;
        auto *row = new QListWidgetItem(claimtext::finding(sf), m_findingList);
        row->setIcon(style()->standardIcon(sf.isOverridden()       ? QStyle::SP_DialogApplyButton
                                           : sf.finding.isError() ? QStyle::SP_MessageBoxCritical
                                                                  : QStyle::SP_MessageBoxWarning));
        row->setToolTip(tr("Rule %1").arg(sf.finding.rule));
        if (was && sf.id != 0 && sf.id == was->id)
            m_findingList->setCurrentItem(row);
    }
    if (found.isEmpty() && m_record.summary.id != 0)
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                            tr("No findings: the claim is clean."), m_findingList);
    // The first open error is what the biller looks at first.
    for (int i = 0; !m_findingList->currentItem() && i < found.size(); ++i) {
        if (found.at(i).blocks())
            m_findingList->setCurrentRow(i);
    }
    //: tab title: how many findings, and how many of them are open errors
    m_tabs->setTabText(0, errors > 0 ? tr("Findings (%1; open errors: %2)")
                                               .arg(found.size())
                                               .arg(errors)
                                     : tr("Findings (%1)").arg(found.size()));
    m_tabs->setTabIcon(0, errors > 0 ? style()->standardIcon(QStyle::SP_MessageBoxCritical)
                                     : QIcon());
}

void ClaimForm::showEvents(const QList<ClaimEvent> &events)
{
    m_eventModel->setEvents(events);
    m_events->resizeColumnsToContents();
    m_tabs->setTabText(1, events.isEmpty() && m_record.summary.id != 0
                                  ? tr("History (not sent yet)")
                                  : tr("History (%1)").arg(events.size()));
}

std::optional<StoredFinding> ClaimForm::selectedFinding() const
{
    const int row = m_findingList->currentRow();
    if (row < 0 || row >= m_findings.size())
        return std::nullopt;
    return m_findings.at(row);
}

void ClaimForm::setModified(bool modified)
{
    m_modified = modified;
    updateHeader();
}

void ClaimForm::updateHeader()
{
    if (m_record.summary.id == 0)
        return m_header->setText(tr("<i>Choose a claim in the list.</i>"));
    const ClaimSummary &s = m_record.summary;
    //: claim header: control number, patient, payer, date of service, state, total
    QString text = tr("<b>%1</b> · %2 · %3 · %4 · <b>%5</b> · %6")
                           .arg(s.patientControlNumber.toHtmlEscaped(),
                                s.patientName.toHtmlEscaped(),
                                (s.payerName.isEmpty() ? tr("Self-pay") : s.payerName)
                                        .toHtmlEscaped(),
                                claimtext::date(s.dateOfService),
                                claimstate::displayName(s.state).toHtmlEscaped(),
                                Money::fromCents(m_lineModel->totalChargeCents())
                                        .toDisplayString());
    if (m_modified)
        text += tr(" · <i>changed, not saved</i>");
    else if (!m_editable)
        text += tr(" · <i>read-only: %1</i>")
                        .arg(claimstate::isEditable(s.state)
                                     ? tr("your role cannot change claims")
                                     : tr("what was sent stays as it was sent"));
    m_header->setText(text);
}

ClaimEdit ClaimForm::edit() const
{
    ClaimEdit e;
    e.version = m_record.summary.version;
    e.coverageId = m_coverage->currentData().toLongLong();
    e.renderingProviderId = m_rendering->currentData().toLongLong();
    e.placeOfService = m_placeOfService->currentData().toString();
    e.priorAuthorization = m_priorAuth->text().trimmed();
    e.diagnoses = m_diagnoses;
    e.lines = m_lineModel->lines();
    return e;
}

void ClaimForm::focusFirstField()
{
    if (m_editable)
        m_coverage->setFocus(Qt::OtherFocusReason);
    else
        m_lineTable->setFocus(Qt::OtherFocusReason);
}

bool ClaimForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dxList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Up) {
            moveDiagnosis(-1);
            return true;
        }
        if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Down) {
            moveDiagnosis(1);
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeDiagnosis();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cc
