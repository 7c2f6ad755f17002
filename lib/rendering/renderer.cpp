#include "rendering/renderer.hpp"

#include <cmark.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <kainjow/mustache.hpp>

#include "rendering/template_check.hpp"
#include "util/errors.hpp"
#include "util/whole_file.hpp"
#include "util/private_files.hpp"

namespace bibob::rendering {
namespace {

namespace mustache = kainjow::mustache;

// Whether a line starting with these characters would open a block in Markdown: a heading,
// quote, list, rule, table, fence or setext underline ("1." and "1)" begin a numbered list).
bool opens_block(std::string_view line) {
  if (line.empty()) return false;
  if (std::string_view("#>-+=~|_*`").find(line.front()) != std::string_view::npos) return true;
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])) != 0) ++digits;
  return digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')');
}

// Values go into Markdown: characters Markdown would read as markup are escaped, so a name
// like "Eetcafe *De Ster*" prints as written. An underscore inside a word is no markup. A value
// over several lines (an officer's weighing) keeps its paragraphs, but no line of it can open a
// heading, list or quote of its own: its leading spaces are dropped (four make a code block)
// and a first character that would open a block is escaped.
std::string escape_markdown(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
      out += '\n';
      line_start = true;
      continue;
    }
    if (line_start && (c == ' ' || c == '\t')) continue;
    const bool block = line_start && opens_block(std::string_view(text).substr(i));
    line_start = false;
    const bool word_before = i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])) != 0;
    const bool word_after = i + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[i + 1])) != 0;
    const bool markup = std::string_view("\\`*[]<|").find(c) != std::string_view::npos ||
                        (c == '_' && !(word_before && word_after));
    if (block && std::isdigit(static_cast<unsigned char>(c)) != 0) {
      // "1. " opens a list; "1\. " does not. The escape goes before the full stop.
      std::size_t end = i;
      while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) != 0) out += text[end++];
      out += '\\';
      out += text[end];
      i = end;
      continue;
    }
    if (markup || block) out += '\\';
    out += c;
  }
  return out;
}

mustache::data to_data(const nlohmann::json& value) {
  if (value.is_object()) {
    mustache::data object{mustache::data::type::object};
    for (const auto& [key, item] : value.items()) object.set(key, to_data(item));
    return object;
  }
  if (value.is_array()) {
    mustache::data list{mustache::data::type::list};
    for (const auto& item : value) list.push_back(to_data(item));
    return list;
  }
  if (value.is_boolean()) return mustache::data(value.get<bool>());
  if (value.is_string()) {
    // An empty text is false, so that {{#text}}...{{/text}} leaves out what is not there.
    if (value.get<std::string>().empty()) return mustache::data(false);
    return mustache::data(value.get<std::string>());
  }
  if (value.is_null()) return mustache::data(false);
  return mustache::data(value.dump());
}

std::string partial_file(const std::string& name) { return "templates/_" + name + ".mustache"; }

void refuse_problems(const std::string& file, const std::vector<TemplateProblem>& problems) {
  if (problems.empty()) return;
  std::string message = "template cannot be used:";
  for (const auto& problem : problems) message += "\n  " + file + ":" + std::to_string(problem.line) + ": " + problem.message;
  throw InputError(message);
}

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::istringstream folders(path != nullptr ? path : "/usr/bin:/bin");
  for (std::string folder; std::getline(folders, folder, ':');) {
    if (access((std::filesystem::path(folder) / program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

// Runs a converter without a shell; its output goes to a file, its messages are kept for
// an error.
void run_converter(const std::vector<std::string>& args, const std::string& package, const std::filesystem::path& log) {
  if (!on_path(args.front())) {
    throw Error(ExitCode::internal, args.front() + " is not installed; install the Debian package " + package +
                                        " (scripts/setup does)");
  }
  const pid_t pid = fork();
  if (pid < 0) throw Error(ExitCode::internal, "cannot start " + args.front());
  if (pid == 0) {
    const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
    }
    std::vector<char*> argv;
    std::vector<std::string> copies = args;
    for (auto& arg : copies) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::ifstream in(log);
    std::stringstream messages;
    messages << in.rdbuf();
    throw Error(ExitCode::internal, args.front() + " failed: " + messages.str().substr(0, 500));
  }
}

// A private scratch folder for a converter's files, removed afterwards.
class Scratch {
 public:
  Scratch() {
    std::string pattern = (std::filesystem::temp_directory_path() / "bibob-render-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw Error(ExitCode::internal, "cannot create a temporary folder");
    m_path = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

}  // namespace

DocumentFormat parse_format(const std::string& text) {
  if (text == "md") return DocumentFormat::md;
  if (text == "html") return DocumentFormat::html;
  if (text == "docx") return DocumentFormat::docx;
  if (text == "pdf") return DocumentFormat::pdf;
  throw UsageError("format \"" + text + "\" is not one of md, html, docx, pdf");
}

std::string render_markdown(const TemplateStore& store, const std::string& name, const nlohmann::json& data) {
  const auto text = store.document(name);
  if (!text) {
    throw UsageError("no template named \"" + name + "\"; 'bibob templates list' lists them");
  }
  auto partial_exists = [&](const std::string& partial) {
    try {
      return store.partial(partial).has_value();
    } catch (const UsageError&) {
      return false;
    }
  };
  refuse_problems(store.origin_of_document(name), check_template(*text, partial_exists));
  mustache::data context = to_data(data);
  for (const auto& partial : partials_of(*text)) {
    const std::string partial_text = *store.partial(partial);
    refuse_problems(partial_file(partial), check_template(partial_text, partial_exists));
    context.set(partial, mustache::partial([partial_text] { return partial_text; }));
    for (const auto& nested : partials_of(partial_text)) {
      const std::string nested_text = *store.partial(nested);
      context.set(nested, mustache::partial([nested_text] { return nested_text; }));
    }
  }
  mustache::mustache tmpl{*text};
  tmpl.set_custom_escape(escape_markdown);
  const std::string out = tmpl.render(context);
  if (!tmpl.is_valid()) throw InputError(store.origin_of_document(name) + ": " + tmpl.error_message());
  return out;
}

namespace {

bool mentions_address(const TemplateStore& store, const std::optional<std::string>& text, int depth) {
  if (!text || depth > 8) return false;
  if (text->find("aanvrager.adres") != std::string::npos) return true;
  for (const auto& partial : partials_of(*text)) {
    if (mentions_address(store, store.partial(partial), depth + 1)) return true;
  }
  return false;
}

}  // namespace

bool writes_an_address(const TemplateStore& store, const std::string& name) {
  return mentions_address(store, store.document(name), 0);
}

std::string markdown_to_html(const std::string& markdown, const std::string& title, const std::string& stylesheet) {
  std::unique_ptr<char, decltype(&std::free)> body(
      cmark_markdown_to_html(markdown.c_str(), markdown.size(), CMARK_OPT_DEFAULT | CMARK_OPT_SMART), std::free);
  std::string escaped_title;
  for (char c : title) escaped_title += c == '<' ? std::string("&lt;") : c == '&' ? std::string("&amp;") : std::string(1, c);
  return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escaped_title +
         "</title>\n<style>\n" + stylesheet + "</style>\n</head>\n<body>\n" + body.get() + "</body>\n</html>\n";
}

std::string convert(const std::string& markdown, const std::string& title, const TemplateStore& store,
                    DocumentFormat format, const std::string& reference_docx) {
  if (format == DocumentFormat::md) return markdown;
  const std::string html = markdown_to_html(markdown, title, store.stylesheet());
  if (format == DocumentFormat::html) return html;
  Scratch scratch;
  if (format == DocumentFormat::pdf) {
    private_files::write_atomically(scratch.path() / "document.html", html);
    run_converter({"weasyprint", "--quiet", (scratch.path() / "document.html").string(),
                   (scratch.path() / "document.pdf").string()},
                  "weasyprint", scratch.path() / "log");
    return read_whole_file(scratch.path() / "document.pdf").value_or(std::string());
  }
  private_files::write_atomically(scratch.path() / "document.md", markdown);
  std::vector<std::string> args = {"pandoc", "--from", "commonmark", "--to", "docx", "--metadata",
                                   "title=" + title, "--output", (scratch.path() / "document.docx").string()};
  if (!reference_docx.empty()) args.push_back("--reference-doc=" + reference_docx);
  args.push_back((scratch.path() / "document.md").string());
  run_converter(args, "pandoc", scratch.path() / "log");
  return read_whole_file(scratch.path() / "document.docx").value_or(std::string());
}

}  // namespace bibob::rendering
