# bibob_embed_files(TARGET NAMESPACE ns FILES a b ...) compiles each file's bytes into a
# library exposing `std::string_view ns::file(std::string_view relative_path)`.
function(bibob_embed_files target)
  cmake_parse_arguments(ARG "" "NAMESPACE" "FILES" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}.cpp)
  set(inputs)
  foreach(f IN LISTS ARG_FILES)
    list(APPEND inputs ${CMAKE_CURRENT_SOURCE_DIR}/${f})
  endforeach()
  # A list would be split into separate arguments on the command line; "|" keeps it whole.
  string(REPLACE ";" "|" files_argument "${ARG_FILES}")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNS=${ARG_NAMESPACE}
            -DROOT=${CMAKE_CURRENT_SOURCE_DIR} "-DFILES=${files_argument}"
            -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/GenerateEmbed.cmake
    DEPENDS ${inputs} ${CMAKE_CURRENT_SOURCE_DIR}/cmake/GenerateEmbed.cmake
    COMMENT "Embedding ${ARG_FILES}"
    VERBATIM)
  add_library(${target} STATIC ${out})
  target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/lib)
endfunction()
