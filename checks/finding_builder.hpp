#pragma once

#include <string>
#include <vector>

#include "model/failure.hpp"
#include "model/lookup.hpp"
#include "model/finding.hpp"
#include "screening/screening_context.hpp"

// Small helpers the checks share to state findings the same way.
namespace bibob::checks {


// A finding about one party, with its relation to the applicant filled in.
Finding about(const screening::ScreeningContext& context, const std::string& party_id, Severity severity,
              std::string statement);

// Why a registry could not be consulted, as a letter says it ("het register was niet bereikbaar").
std::string failure_in_words(FailureKind kind);

// "Niet geverifieerd": a source could not be consulted about something the check needed; the
// technical cause goes in the finding's detail.
Finding not_verified(const screening::ScreeningContext& context, const std::string& party_id,
                     const std::string& registry, const std::string& what, const Failure& failure,
                     Severity would_be = Severity::medium);

// The text with a full stop, unless it ends with one already ("Holding B.V.").
std::string with_period(std::string text);

// "15 juni 2026".
std::string dutch_date(const Date& date);

// Whole months from one date to a later one.
long months_between(const Date& from, const Date& to);

}  // namespace bibob::checks
