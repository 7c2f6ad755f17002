#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "rendering/template_store.hpp"

namespace bibob::rendering {

enum class DocumentFormat { md, html, docx, pdf };
DocumentFormat parse_format(const std::string& text);

// Renders a document template with the data into Markdown. A template that does not pass
// check_template (unknown variable, unbalanced section, missing partial) is refused with
// an InputError naming its file and line.
std::string render_markdown(const TemplateStore& store, const std::string& name, const nlohmann::json& data);

// Whether a document is a letter to its addressee: it, or a partial it includes, writes the
// addressee's address.
bool writes_an_address(const TemplateStore& store, const std::string& name);

// Markdown into a printable HTML page with the house style (CommonMark, by libcmark).
std::string markdown_to_html(const std::string& markdown, const std::string& title, const std::string& stylesheet);

// The document in the format asked for, as bytes. DOCX comes from pandoc (with the
// municipality's reference document when given), PDF from weasyprint; when one is missing
// the error says which Debian package to install.
std::string convert(const std::string& markdown, const std::string& title, const TemplateStore& store,
                    DocumentFormat format, const std::string& reference_docx = "");

}  // namespace bibob::rendering
