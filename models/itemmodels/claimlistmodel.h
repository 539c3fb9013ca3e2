// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

namespace cc {

/// The words and formats of a claim's values, shared by the claims list and the claim screen.
namespace claimtext {
/// A date with a four-digit year in the user's order: a birth date must not read "1/2/48".
QString date(const QDate &date);
/// "male", "female", "sex unknown" for M, F, U.
QString sex(const QString &sex);
/// The patient's relationship to the insured (self, spouse, child, other).
QString relationship(const QString &key);
/// "12 Elm St, Springfield, IL 62704-1234", or words saying there is none.
QString address(const Address &address);
/// "Last, First".
QString person(const QString &last, const QString &first);
/// "1 — original claim", "7 — replacement of a prior claim", "8 — void…".
QString frequency(const QString &frequency);
/// A claim status event (submitted, accepted, rejected, acknowledged) in words.
QString eventStatus(const QString &status);
/// Three lines: "Error: Line 1: what is wrong", "Fix: …", "Source: …" (and the override).
QString finding(const StoredFinding &finding);
/// "primary — Medicare, member 1EG4…", and whether it is active on the date of service.
QString coverage(const CoverageOption &option);
/// The places of service of a physician practice's claims: code and name.
QList<std::pair<QString, QString>> placesOfService();
} // namespace claimtext

/**
 * The biller's claims list: one row per claim (ClaimSummary), as ClaimService::claims()
 * returns them. Read-only; the list is replaced whole by setClaims() after every change the
 * service reports. Money is shown from whole cents; SortRole gives raw values (dates, cents,
 * counts) so that a proxy sorts them as numbers.
 */
class ClaimListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        ControlNumber,
        Patient,
        Payer,
        DateOfService,
        State,
        Charge,
        Findings,
        Submissions,
        Status,
        Count
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the claim id (qint64)
        StateRole,                 ///< ClaimState as int
        SortRole,                  ///< raw value of the column for sorting
        SearchRole,                ///< "PCN patient payer", lower case, for the text filter
    };

    explicit ClaimListModel(QObject *parent = nullptr);

    void setClaims(QList<ClaimSummary> claims);
    const QList<ClaimSummary> &claims() const { return m_claims; }
    const ClaimSummary *claimAt(int row) const;
    int rowOf(qint64 claimId) const;
    /// How many claims of the list are in @p state.
    int countIn(ClaimState state) const;
    /// How many are in one of @p states (all claims when empty).
    int countIn(const QList<ClaimState> &states) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Clean", "2 errors", "1 error, 3 warnings".
    static QString findingsText(int errors, int warnings);

private:
    QList<ClaimSummary> m_claims;
};

/**
 * The service lines of a claim being edited (CMS-1500 box 24): date, place of service, code,
 * modifiers, units, diagnosis pointers as letters, charge, and where the charge came from.
 * setData() reads what the biller typed and refuses what is not a value, saying why
 * (inputRefused()); a new code takes its price from the fee lookup, and the charge follows the
 * units while it is the fee schedule's price. Every accepted change emits linesEdited().
 */
class ClaimLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Date, PlaceOfService, Code, Modifiers, Units, Pointers, Charge, Source,
                        Count };
    /// The price of one unit of @p code on @p date and the words saying where it came from.
    using FeeLookup = std::function<std::optional<std::pair<qint64, QString>>(
            const QString &code, const QDate &date)>;

    explicit ClaimLineModel(QObject *parent = nullptr);

    void setFeeLookup(FeeLookup lookup) { m_fees = std::move(lookup); }
    /// The lines with the words saying where each charge came from (same order).
    void setLines(const QList<ClaimLine> &lines, const QStringList &chargeSources);
    const QList<ClaimLine> &lines() const { return m_lines; }
    void setChargeSources(const QStringList &chargeSources);
    /// Box 24B shows the claim's place of service on every line.
    void setPlaceOfService(const QString &placeOfService);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// The colour of the charge-source column (a caption grey that suits the palette).
    void setSourceColor(const QColor &color) { m_sourceColor = color; }
    void appendLine(const ClaimLine &line);
    void removeLine(int row);
    /// Keeps each line pointing at the same diagnosis codes after the list changed from
    /// @p before to @p after; pointers to a removed code go.
    void remapPointers(const QStringList &before, const QStringList &after);
    qint64 totalChargeCents() const;
    /// "AB" for pointers {1, 2}.
    static QString pointerLetters(const QList<int> &pointers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void linesEdited();
    /// What the biller typed was not taken, e.g. "Units must be a whole number from 1 to 9999."
    void inputRefused(const QString &text);

private:
    /// Reads @p text into line @p row's @p column; returns why it was refused, or empty.
    QString apply(int row, Column column, const QString &text);

    QList<ClaimLine> m_lines;
    QStringList m_sources;
    QString m_placeOfService;
    bool m_editable = false;
    QColor m_sourceColor;
    FeeLookup m_fees;
};

/**
 * A claim's history: one row per event (sent, accepted or rejected by the clearinghouse or
 * the payer) with when, what, the status codes and the message.
 */
class ClaimEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { When, What, Code, Message, Count };

    explicit ClaimEventModel(QObject *parent = nullptr);
    void setEvents(QList<ClaimEvent> events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ClaimEvent> m_events;
};

/**
 * Filters the claims list by state and by text (patient control number, patient or payer),
 * and sorts on ClaimListModel::SortRole.
 *
 * @code
 * proxy.setStates({ClaimState::Scrubbed}); // the claims ready to send
 * proxy.setText(u"smith"_s);               // …of patients or payers named Smith
 * @endcode
 */
class ClaimFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// The biller's usual views of the list.
    enum class Preset { Ready, Drafts, Rejected, Submitted, Accepted, All };

    explicit ClaimFilterProxy(QObject *parent = nullptr);

    static QList<ClaimState> statesOf(Preset preset);
    /// "Ready to send", "Drafts"…
    static QString presetName(Preset preset);
    /// Why the list is empty under @p preset and what to do next.
    static QString emptyText(Preset preset);

    /// Only claims in @p states; every state when empty.
    void setStates(const QList<ClaimState> &states);
    QList<ClaimState> states() const { return m_states; }
    /// Only claims whose control number, patient or payer contains every word of @p text.
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<ClaimState> m_states;
    QString m_text;
    QStringList m_words;
};

} // namespace cc
